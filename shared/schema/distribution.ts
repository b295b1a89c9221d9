/** 배포: when the release was handed out. One line of plain text. */
import { Node } from '@tiptap/core';
import { oneLineFieldKeys } from './keys';
import { taggedAs } from './dom';

export const DistributionNode = Node.create({
  name: 'distribution',
  content: 'text*',
  marks: '',
  ...taggedAs('p', 'distribution'),

  addKeyboardShortcuts() {
    return oneLineFieldKeys(this.name);
  },
});
