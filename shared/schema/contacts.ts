/** The contact table that closes the release (담당 부서 / 책임자 / 담당자). */
import { Node } from '@tiptap/core';
import { taggedAs } from './dom';
import { SUGGESTION_GROUP } from './suggestionMark';

export const ContactsNode = Node.create({
  name: 'contacts',
  content: 'contactGroup*',
  // Whole blocks inside can be suggested (inserted or deleted) in Suggesting mode.
  marks: SUGGESTION_GROUP,
  ...taggedAs('section', 'contacts'),
});
