/** One department and the people to call there. */
import { Node } from '@tiptap/core';
import { taggedAs } from './dom';
import { SUGGESTION_GROUP } from './suggestionMark';

export const ContactGroupNode = Node.create({
  name: 'contactGroup',
  content: 'department contact+',
  // Whole blocks inside can be suggested (inserted or deleted) in Suggesting mode.
  marks: SUGGESTION_GROUP,
  ...taggedAs('div', 'contactGroup'),
});
