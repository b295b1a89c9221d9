/** One table cell: plain text. */
import { Node } from '@tiptap/core';
import { taggedAs } from './dom';

export const TableCellNode = Node.create({
  name: 'tableCell',
  content: 'text*',
  ...taggedAs('td', 'tableCell'),
});
