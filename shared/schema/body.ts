/** The body: the release's blocks, in □식 (items) or 문단식 (paragraphs) or a mix. */
import { Node } from '@tiptap/core';
import { taggedAs } from './dom';

export const BodyNode = Node.create({
  name: 'body',
  content: 'block+',
  ...taggedAs('div', 'body'),
});
