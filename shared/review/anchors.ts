/**
 * Where each comment thread sits in the editor document, found from its `comment` marks. A
 * thread with no mark left is "text removed" (derived here, never stored). Results are cached
 * per block node: ProseMirror shares unchanged blocks between document versions, so after an
 * edit only the touched blocks are scanned again.
 */
import type { Node as PMNode } from '@tiptap/pm/model';

export const COMMENT_MARK = 'comment';

/** Which part of the release a block is in: what the panel and the report call its position. */
export type Place =
  | { part: 'title' }
  | { part: 'subtitle'; index: number }
  | { part: 'body'; block: number }
  | { part: 'attachment'; index: number; block: number };

export type Anchor = {
  threadId: string;
  /** Document positions spanning every marked piece of the thread. */
  from: number;
  to: number;
  /** The marked text as it reads now. */
  text: string;
  place: Place;
};

type Piece = { threadId: string; from: number; to: number; text: string };

const piecesCache = new WeakMap<PMNode, Piece[]>();

/** Marked text in `block`, positions relative to the block's own position (before its opening token). */
function piecesOf(block: PMNode): Piece[] {
  const cached = piecesCache.get(block);
  if (cached) return cached;
  const pieces: Piece[] = [];
  block.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      if (mark.type.name !== COMMENT_MARK || typeof mark.attrs.threadId !== 'string') continue;
      const from = pos + 1;
      pieces.push({ threadId: mark.attrs.threadId, from, to: from + node.nodeSize, text: node.text ?? '' });
    }
    return false;
  });
  piecesCache.set(block, pieces);
  return pieces;
}

/** Every block that can hold comments, with its absolute position and place. */
function forEachBlock(doc: PMNode, visit: (block: PMNode, pos: number, place: Place) => void): void {
  let subtitles = 0;
  let attachments = 0;
  doc.forEach((part, partPos) => {
    switch (part.type.name) {
      case 'title':
        return visit(part, partPos, { part: 'title' });
      case 'subtitle':
        return visit(part, partPos, { part: 'subtitle', index: ++subtitles });
      case 'body':
        return part.forEach((block, offset, i) => visit(block, partPos + 1 + offset, { part: 'body', block: i + 1 }));
      case 'attachment': {
        const index = ++attachments;
        // The attachment's title is block 0, its blocks count from 1.
        return part.forEach((block, offset, i) => visit(block, partPos + 1 + offset, { part: 'attachment', index, block: i }));
      }
    }
  });
}

/** Anchors by thread id, in document order. */
export function commentAnchors(doc: PMNode): Map<string, Anchor> {
  const anchors = new Map<string, Anchor>();
  forEachBlock(doc, (block, pos, place) => {
    for (const piece of piecesOf(block)) {
      const from = pos + piece.from;
      const to = pos + piece.to;
      const anchor = anchors.get(piece.threadId);
      if (anchor) {
        anchor.to = Math.max(anchor.to, to);
        anchor.text += piece.text;
      } else {
        anchors.set(piece.threadId, { threadId: piece.threadId, from, to, text: piece.text, place });
      }
    }
  });
  return anchors;
}
