/**
 * The text line of an item or paragraph: formatted text and noteRef atoms. Pasted `<p>`s land
 * here too (wrapped into a paragraph), so web text arrives as plain 문단식 blocks.
 */
import { Node, mergeAttributes } from '@tiptap/core';

export const LineNode = Node.create({
  name: 'line',
  content: '(text | noteRef)*',

  parseHTML() {
    return [{ tag: 'p[data-type="line"]' }, { tag: 'p', priority: 10 }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['p', mergeAttributes(HTMLAttributes, { 'data-type': 'line' }), 0];
  },
});
