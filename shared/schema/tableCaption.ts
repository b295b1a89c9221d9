/** A table's caption, printed "< 제목 >" above it. */
import { Node } from '@tiptap/core';
import { taggedAs } from './dom';

export const TableCaptionNode = Node.create({
  name: 'tableCaption',
  content: 'text*',
  ...taggedAs('caption', 'tableCaption'),
});
