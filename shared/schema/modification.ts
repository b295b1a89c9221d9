/**
 * A block whose kind or attributes (e.g. a level) were changed in Suggesting mode: the mark keeps
 * the previous value, so rejecting restores it.
 */
import { Mark, mergeAttributes } from '@tiptap/core';
import { SUGGESTION_GROUP, suggestionAttributes } from './suggestionMark';

export const ModificationMark = Mark.create({
  name: 'modification',
  group: SUGGESTION_GROUP,
  inclusive: false,
  // Several modifications (different attributes) may sit on one block.
  excludes: 'deletion insertion',
  addAttributes: () => suggestionAttributes('type', 'attrName', 'previousValue', 'newValue'),
  parseHTML: () => [{ tag: 'span[data-modification]' }, { tag: 'div[data-modification]' }],
  renderHTML: ({ HTMLAttributes }) => ['span', mergeAttributes(HTMLAttributes, { 'data-modification': '', class: 'suggestion-modification' }), 0],
});
