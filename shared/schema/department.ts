/** A department name (담당 부서), e.g. "정보통신정책실 인공지능기반정책과". */
import { Node } from '@tiptap/core';
import { taggedAs } from './dom';
import { oneLineFieldKeys } from './keys';
import { SUGGESTION_GROUP } from './suggestionMark';

export const DepartmentNode = Node.create({
  name: 'department',
  content: 'text*',
  marks: SUGGESTION_GROUP,
  ...taggedAs('p', 'department'),

  addKeyboardShortcuts() {
    return oneLineFieldKeys(this.name);
  },
});
