/**
 * A one-line field: a paragraph of plain text that Enter leaves for the next field and
 * Backspace never leaves (header fields, an attachment page's title). Each field keeps its own
 * file; this is the shape they share.
 */
import { Node } from '@tiptap/core';
import { taggedAs } from './dom';
import { oneLineFieldKeys } from './keys';
import { SUGGESTION_GROUP } from './suggestionMark';

export function oneLineFieldNode(name: string, options: { tag?: string; suggestable?: boolean } = {}) {
  const { tag = 'p', suggestable = false } = options;
  return Node.create({
    name,
    content: 'text*',
    // A suggestable field can carry tracked insertions and deletions in Suggesting mode.
    ...(suggestable ? { marks: SUGGESTION_GROUP } : {}),
    ...taggedAs(tag, name),

    addKeyboardShortcuts() {
      return oneLineFieldKeys(this.name);
    },
  });
}
