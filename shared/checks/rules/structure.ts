/** The block hierarchy and notes (house-style §2, §3, §1.4). */
import type { Block } from '../../release/model';
import type { BlockRule, BodyStyle, DocumentRule, Hit } from '../types';

/** The attachment pointer closing a body (`【붙임】 …`, `※ (붙임) …`, `붙임 … 끝.`) is neither style. */
const ATTACHMENT_POINTER = /^\s*(?:【\s*붙임\s*】|※\s*\(\s*붙임\s*\)|붙임\s)/;

/** A block's level in the hierarchy: items carry theirs, a plain paragraph counts as level 1. */
export function levelOf(block: Block): number {
  if (block.type === 'item') return block.level;
  return block.type === 'paragraph' ? 1 : 0;
}

/** □식 when the top-level blocks are marked items, 문단식 when they are plain paragraphs. */
export function bodyStyleOf(body: readonly Block[]): BodyStyle {
  let items = false;
  let paragraphs = false;
  for (const block of body) {
    if (block.type === 'item' && block.level === 1) items = true;
    if (block.type === 'paragraph' && !ATTACHMENT_POINTER.test(block.text)) paragraphs = true;
  }
  return items && paragraphs ? 'mixed' : items ? 'items' : paragraphs ? 'paragraphs' : 'none';
}

/** Note references in a text: a run of `*` right after a word (`NTIS*`, `기관**에는`). */
function noteReferences(text: string): Array<{ marker: string; index: number }> {
  return [...text.matchAll(/(?<=[^\s*])\*+/g)].map((m) => ({ marker: m[0], index: m.index }));
}

function isEmpty(block: Block): boolean {
  if (block.type === 'table') return !block.caption?.trim() && block.rows.every((row) => row.every((cell) => !cell.trim()));
  return !block.text.trim();
}

export const structureBlockRules: BlockRule[] = [
  {
    id: 'structure/skipped-level',
    scope: 'block',
    severity: 'warning',
    check: (block, context) =>
      context.role === 'block' && block.type === 'item' && block.level > context.parentLevel + 1
        ? [{ params: { level: block.level, parent: context.parentLevel } }]
        : [],
  },
  {
    id: 'structure/single-child',
    scope: 'block',
    severity: 'info',
    check: (block) =>
      block.type === 'item' && block.level === 1 && block.children.length === 1 && block.children[0]?.type === 'item'
        ? [{}]
        : [],
  },
  {
    id: 'structure/note-without-text',
    scope: 'block',
    severity: 'warning',
    check: (block) => {
      if (!('notes' in block)) return [];
      const markers = new Set(block.notes.map((note) => note.marker));
      return noteReferences(block.text)
        .filter((ref) => !markers.has(ref.marker))
        .map((ref): Hit => ({ range: [ref.index, ref.index + ref.marker.length], params: { marker: ref.marker } }));
    },
  },
  {
    id: 'structure/note-without-reference',
    scope: 'block',
    severity: 'info',
    check: (block, context) => {
      if (!('notes' in block)) return [];
      const referenced = new Set(noteReferences(block.text).map((ref) => ref.marker));
      return block.notes.flatMap((note, i): Hit[] =>
        referenced.has(note.marker) ? [] : [{ target: { ...context.target, field: 'note', at: [i] }, params: { marker: note.marker } }],
      );
    },
  },
  {
    id: 'structure/empty-block',
    scope: 'block',
    severity: 'warning',
    fixable: true,
    check: (block, context) => {
      if (context.role !== 'block' || !isEmpty(block)) return [];
      const bare = !('children' in block) || (block.children.length === 0 && block.notes.length === 0);
      return [bare ? { fix: { kind: 'remove' } } : {}];
    },
  },
];

export const structureDocumentRules: DocumentRule[] = [
  {
    id: 'structure/mixed-style',
    scope: 'document',
    severity: 'warning',
    // English releases mix paragraphs, items and headings by design (house-style §1.4).
    check: (release) =>
      release.language === 'ko' && bodyStyleOf(release.body) === 'mixed' ? [{ target: { part: 'body', path: [] } }] : [],
  },
];
