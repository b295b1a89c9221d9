/** An attachment page's title; its "참고 N" / "붙임 N" label is drawn by a CSS counter. */
import { Node } from '@tiptap/core';
import { taggedAs } from './dom';
import { oneLineFieldKeys } from './keys';

export const AttachmentTitleNode = Node.create({
  name: 'attachmentTitle',
  content: 'text*',
  ...taggedAs('h2', 'attachmentTitle'),

  addKeyboardShortcuts() {
    return oneLineFieldKeys(this.name);
  },
});
