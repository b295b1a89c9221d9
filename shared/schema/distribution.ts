/** 배포: when the release was handed out. One line of plain text. */
import { Node } from '@tiptap/core';
import { oneLineFieldKeys } from './keys';
import { taggedAs } from './dom';
import { SUGGESTION_GROUP } from './suggestionMark';

export const DistributionNode = Node.create({
  name: 'distribution',
  content: 'text*',
  marks: SUGGESTION_GROUP,
  ...taggedAs('p', 'distribution'),

  addKeyboardShortcuts() {
    return oneLineFieldKeys(this.name);
  },
});
