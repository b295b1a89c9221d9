/** One department and the people to call there. */
import { Node } from '@tiptap/core';
import { taggedAs } from './dom';

export const ContactGroupNode = Node.create({
  name: 'contactGroup',
  content: 'department contact+',
  ...taggedAs('div', 'contactGroup'),
});
