/** The body: the release's blocks, in □식 (items) or 문단식 (paragraphs) or a mix. */
import { Node } from '@tiptap/core';
import { taggedAs } from './dom';
import { SUGGESTION_GROUP } from './suggestionMark';

export const BodyNode = Node.create({
  name: 'body',
  content: 'block+',
  // Whole blocks inside can be suggested (inserted or deleted) in Suggesting mode.
  marks: SUGGESTION_GROUP,
  ...taggedAs('div', 'body'),
});
