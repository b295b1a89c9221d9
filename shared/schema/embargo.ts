/** 보도시점 as written: "2026. 4. 13.(월) 조간", "배포 즉시 보도 가능" … One line of plain text. */
import { Node } from '@tiptap/core';
import { oneLineFieldKeys } from './keys';
import { taggedAs } from './dom';
import { SUGGESTION_GROUP } from './suggestionMark';

export const EmbargoNode = Node.create({
  name: 'embargo',
  content: 'text*',
  marks: SUGGESTION_GROUP,
  ...taggedAs('p', 'embargo'),

  addKeyboardShortcuts() {
    return oneLineFieldKeys(this.name);
  },
});
