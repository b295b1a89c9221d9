/** The attachment pointer line at the end of the body (【붙임】 …); exported as a paragraph. */
import { Node } from '@tiptap/core';
import { blockKeys } from './blockEditing';
import { taggedAs } from './dom';

export const PointerNode = Node.create({
  name: 'pointer',
  group: 'block',
  content: 'text*',
  ...taggedAs('p', 'pointer'),

  addKeyboardShortcuts() {
    return blockKeys('pointer');
  },
});
