/** Text or blocks suggested for removal (Suggesting mode): struck through; kept if rejected and in exports. */
import { Mark, mergeAttributes } from '@tiptap/core';
import { SUGGESTION_GROUP, suggestionAttributes } from './suggestionMark';

export const DeletionMark = Mark.create({
  name: 'deletion',
  group: SUGGESTION_GROUP,
  inclusive: false,
  excludes: 'insertion modification deletion',
  addAttributes: () => suggestionAttributes(),
  parseHTML: () => [{ tag: 'del[data-suggestion-id]' }],
  renderHTML: ({ HTMLAttributes }) => ['del', mergeAttributes(HTMLAttributes, { class: 'suggestion-deletion' }), 0],
});
