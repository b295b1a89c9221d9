/** One table row; the first row is the header row (shaded). */
import { Node } from '@tiptap/core';
import { taggedAs } from './dom';

export const TableRowNode = Node.create({
  name: 'tableRow',
  content: 'tableCell+',
  ...taggedAs('tr', 'tableRow'),
});
