/** The issuing agency (과학기술정보통신부), shown beside the kind label. One line of plain text. */
import { Node } from '@tiptap/core';
import { oneLineFieldKeys } from './keys';
import { taggedAs } from './dom';
import { SUGGESTION_GROUP } from './suggestionMark';

export const AgencyNode = Node.create({
  name: 'agency',
  content: 'text*',
  marks: SUGGESTION_GROUP,
  ...taggedAs('p', 'agency'),

  addKeyboardShortcuts() {
    return oneLineFieldKeys(this.name);
  },
});
