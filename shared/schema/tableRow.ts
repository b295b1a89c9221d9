/** One table row; the first row is the header row (shaded). */
import { Node } from '@tiptap/core';
import { taggedAs } from './dom';
import { SUGGESTION_GROUP } from './suggestionMark';

export const TableRowNode = Node.create({
  name: 'tableRow',
  content: 'tableCell+',
  // Whole blocks inside can be suggested (inserted or deleted) in Suggesting mode.
  marks: SUGGESTION_GROUP,
  ...taggedAs('tr', 'tableRow'),
});
