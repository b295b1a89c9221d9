/**
 * What changed between two states of a document (a saved version and another, or now), block
 * by block with a word-level diff inside changed blocks. Works on the release model
 * (`releaseFromEditor`), so it compares what will be published, not editor internals.
 */
import { releaseFromEditor } from '../document/convert';
import type { EditorNodeJSON } from '../document/envelope';
import type { Block, Release } from '../release/model';
import { diffSequences } from './sequence';

export type BlockKind = 'title' | 'subtitle' | 'heading' | 'paragraph' | 'item' | 'remark' | 'note' | 'table' | 'attachment' | 'contact';

/** One comparable line of a release; `level` is the item level (0 for anything else). */
export type FlatBlock = { kind: BlockKind; level: number; text: string };

export type TextPart = { op: 'same' | 'inserted' | 'deleted'; text: string };

export type BlockChange =
  | { status: 'same'; block: FlatBlock }
  | { status: 'inserted' | 'deleted'; block: FlatBlock }
  /** Text and/or level changed; `parts` read as the old text with deletions and insertions inline. */
  | { status: 'changed'; block: FlatBlock; previousLevel: number; parts: TextPart[] };

function flattenBlocks(blocks: readonly Block[], out: FlatBlock[]): void {
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
      case 'remark':
        out.push({ kind: block.type, level: 0, text: block.text });
        break;
      case 'table':
        out.push({ kind: 'table', level: 0, text: [block.caption ?? '', ...block.rows.map((row) => row.join(' | '))].filter(Boolean).join('\n') });
        break;
      case 'paragraph':
      case 'item':
        out.push({ kind: block.type, level: block.type === 'item' ? block.level : 0, text: block.text });
        for (const note of block.notes) out.push({ kind: 'note', level: 0, text: `${note.marker} ${note.text}` });
        flattenBlocks(block.children, out);
    }
  }
}

export function flattenRelease(release: Release): FlatBlock[] {
  const out: FlatBlock[] = [{ kind: 'title', level: 0, text: release.title }];
  for (const subtitle of release.subtitles) out.push({ kind: 'subtitle', level: 0, text: subtitle });
  flattenBlocks(release.body, out);
  for (const attachment of release.attachments) {
    out.push({ kind: 'attachment', level: 0, text: `${attachment.label} ${attachment.title}` });
    flattenBlocks(attachment.body, out);
  }
  for (const contact of release.contacts) {
    const person = [contact.department, contact.rank, contact.name, contact.phone && `(${contact.phone})`].filter(Boolean).join(' ');
    out.push({ kind: 'contact', level: 0, text: person });
  }
  return out;
}

/** Words with the spaces after them, so the parts join back into the exact text. */
const words = (text: string): string[] => text.match(/\s+|[^\s]+\s*/g) ?? [];

export function diffWords(before: string, after: string): TextPart[] {
  const a = words(before);
  const b = words(after);
  const parts: TextPart[] = [];
  for (const step of diffSequences(a, b, (x, y) => x.trim() === y.trim())) {
    const op = step.op;
    const text = op === 'deleted' ? a[step.a]! : b[step.b]!;
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  }
  return parts;
}

/** Enough words in common that a reader sees one edited block rather than one removed and one added. */
function similar(a: FlatBlock, b: FlatBlock): boolean {
  if (a.kind !== b.kind) return false;
  const parts = diffWords(a.text, b.text);
  const kept = parts.filter((p) => p.op === 'same').reduce((n, p) => n + p.text.length, 0);
  return kept * 2 >= Math.min(a.text.length, b.text.length);
}

export function compareBlocks(before: readonly FlatBlock[], after: readonly FlatBlock[]): BlockChange[] {
  const changes: BlockChange[] = [];
  let deleted: FlatBlock[] = [];
  let inserted: FlatBlock[] = [];
  // A run of deletions and insertions between kept blocks: edited blocks pair up in order.
  const flush = () => {
    let d = 0;
    for (const block of inserted) {
      const match = deleted.findIndex((old, k) => k >= d && similar(old, block));
      if (match < 0) {
        changes.push({ status: 'inserted', block });
        continue;
      }
      for (; d < match; d++) changes.push({ status: 'deleted', block: deleted[d]! });
      const old = deleted[d++]!;
      changes.push({ status: 'changed', block, previousLevel: old.level, parts: diffWords(old.text, block.text) });
    }
    for (; d < deleted.length; d++) changes.push({ status: 'deleted', block: deleted[d]! });
    deleted = [];
    inserted = [];
  };
  // Blocks match on kind and text; a block whose level alone changed still matches.
  for (const step of diffSequences(before, after, (x, y) => x.kind === y.kind && x.text === y.text)) {
    if (step.op === 'deleted') deleted.push(before[step.a]!);
    else if (step.op === 'inserted') inserted.push(after[step.b]!);
    else {
      flush();
      const old = before[step.a]!;
      const block = after[step.b]!;
      changes.push(
        old.level === block.level
          ? { status: 'same', block }
          : { status: 'changed', block, previousLevel: old.level, parts: [{ op: 'same', text: block.text }] },
      );
    }
  }
  flush();
  return changes;
}

/** Two editor documents (ProseMirror JSON), compared as releases. */
export function compareDocuments(before: EditorNodeJSON, after: EditorNodeJSON): BlockChange[] {
  return compareBlocks(flattenRelease(releaseFromEditor(before)), flattenRelease(releaseFromEditor(after)));
}
