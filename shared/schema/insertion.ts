/** Suggested text or blocks (Suggesting mode): shown in colour; dropped if rejected and in exports. */
import { Mark, mergeAttributes } from '@tiptap/core';
import { SUGGESTION_GROUP, suggestionAttributes } from './suggestionMark';

export const InsertionMark = Mark.create({
  name: 'insertion',
  group: SUGGESTION_GROUP,
  inclusive: false,
  excludes: 'deletion modification insertion',
  addAttributes: () => suggestionAttributes(),
  parseHTML: () => [{ tag: 'ins[data-suggestion-id]' }],
  renderHTML: ({ HTMLAttributes }) => ['ins', mergeAttributes(HTMLAttributes, { class: 'suggestion-insertion' }), 0],
});
