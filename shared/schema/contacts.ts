/** The contact table that closes the release (담당 부서 / 책임자 / 담당자). */
import { Node } from '@tiptap/core';
import { taggedAs } from './dom';

export const ContactsNode = Node.create({
  name: 'contacts',
  content: 'contactGroup*',
  ...taggedAs('section', 'contacts'),
});
