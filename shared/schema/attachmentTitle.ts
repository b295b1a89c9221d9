/** An attachment page's title; its "참고 N" / "붙임 N" label is drawn by a CSS counter. */
import { oneLineFieldNode } from './oneLineField';

export const AttachmentTitleNode = oneLineFieldNode('attachmentTitle', { tag: 'h2' });
