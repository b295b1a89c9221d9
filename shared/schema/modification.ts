/**
 * A block whose kind or attributes (e.g. a level) were changed in Suggesting mode: the mark keeps
 * the previous value, so rejecting restores it. A level change shows its levels as a tooltip.
 */
import { Mark, mergeAttributes } from '@tiptap/core';
import type { Mark as PMMark } from '@tiptap/pm/model';
import { SUGGESTION_GROUP, suggestionAttributes } from './suggestionMark';

/** "김과장: 1 → 2" on a level change; the panel says it in words. */
function levelTitle(mark: PMMark): Record<string, string> {
  const { attrName, author, previousValue, newValue } = mark.attrs as Record<string, unknown>;
  if (attrName !== 'level') return {};
  const levels = `${String(previousValue)} → ${String(newValue)}`;
  return { title: typeof author === 'string' && author ? `${author}: ${levels}` : levels };
}

export const ModificationMark = Mark.create({
  name: 'modification',
  group: SUGGESTION_GROUP,
  inclusive: false,
  // Several modifications (different attributes) may sit on one block.
  excludes: 'deletion insertion',
  addAttributes: () => suggestionAttributes('type', 'attrName', 'previousValue', 'newValue'),
  parseHTML: () => [{ tag: 'span[data-modification]' }, { tag: 'div[data-modification]' }],
  renderHTML: ({ mark, HTMLAttributes }) =>
    ['span', mergeAttributes(HTMLAttributes, { 'data-modification': '', class: 'suggestion-modification', ...levelTitle(mark) }), 0],
});
