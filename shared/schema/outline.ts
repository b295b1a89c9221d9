/**
 * Structural editing of body blocks as an outline. The blocks around the cursor are read as a
 * flat list of entries (one per line, remark, heading, pointer or table, with a level), the
 * edit changes that list, and the list is built back into nested nodes. Rebuilding is where
 * the house rules live: a level never skips (an entry is clamped under the nearest block that
 * can hold it, carrying its children along), paragraphs exist only at level 1, headings,
 * pointers and tables only at the top. Only the cursor's top-level block and the one before it
 * are touched, so the cost does not grow with the document.
 */
import { Fragment, type Mark, type Node as PMNode, type ResolvedPos, type Schema } from '@tiptap/pm/model';
import { TextSelection, type Transaction } from '@tiptap/pm/state';
import type { Transform } from '@tiptap/pm/transform';

export type EntryKind = 'item' | 'paragraph' | 'remark' | 'heading' | 'pointer' | 'table';

export type Entry = {
  kind: EntryKind;
  level: number;
  /** The line of an item or paragraph; the node itself for every other kind. */
  text: PMNode;
  /** The notes of an item or paragraph, in order. */
  notes: PMNode[];
  /** The item's or paragraph's own attributes (level aside), kept through rebuilds. */
  attrs: Record<string, unknown>;
  /**
   * The item's or paragraph's node marks (pending suggestions on the whole block), kept through
   * rebuilds so that restructuring nearby never settles a suggestion silently.
   */
  marks: readonly Mark[];
  /** Position of `text` in the document, and of each note. */
  pos: number;
  notePos: number[];
};

/** Where the cursor sits: in an entry's text or in one of its notes, at an offset. */
export type Focus = { entry: number; note?: number; offset: number };

export type Outline = { from: number; to: number; entries: Entry[] };

export const MAX_ITEM_LEVEL = 4;
const CONTAINER_KINDS: ReadonlySet<EntryKind> = new Set(['item', 'paragraph']);
const TOP_ONLY_KINDS: ReadonlySet<EntryKind> = new Set(['heading', 'pointer', 'table']);
/** Nodes whose children are body blocks. */
export const BLOCK_PARENTS: ReadonlySet<string> = new Set(['body', 'attachment']);

export const isContainer = (kind: EntryKind) => CONTAINER_KINDS.has(kind);
export const isEntryKind = (name: string): name is EntryKind => CONTAINER_KINDS.has(name as EntryKind) || TOP_ONLY_KINDS.has(name as EntryKind) || name === 'remark';

function flattenNode(node: PMNode, pos: number, level: number, out: Entry[]): void {
  const kind = node.type.name as EntryKind;
  if (!isContainer(kind)) {
    out.push({ kind, level, text: node, notes: [], attrs: {}, marks: [], pos, notePos: [] });
    return;
  }
  const entry: Entry = { kind, level, text: node.child(0), notes: [], attrs: node.attrs, marks: node.marks, pos: pos + 1, notePos: [] };
  out.push(entry);
  node.forEach((child, offset, index) => {
    if (index === 0) return;
    const childPos = pos + 1 + offset;
    if (child.type.name === 'note') {
      entry.notes.push(child);
      entry.notePos.push(childPos);
    } else {
      flattenNode(child, childPos, level + 1, out);
    }
  });
}

/** The entries of consecutive top-level blocks starting at `pos`. */
export function flatten(blocks: readonly PMNode[], pos: number): Entry[] {
  const out: Entry[] = [];
  for (const block of blocks) {
    flattenNode(block, pos, 1, out);
    pos += block.nodeSize;
  }
  return out;
}

const levelCap = (kind: EntryKind) => (kind === 'remark' ? MAX_ITEM_LEVEL + 1 : TOP_ONLY_KINDS.has(kind) ? 1 : MAX_ITEM_LEVEL);

/** The deepest level entry `index` could take, given the entries before it. */
export function maxLevelAt(entries: readonly Entry[], index: number, kind: EntryKind = entries[index]!.kind): number {
  const open: number[] = [];
  for (const entry of entries.slice(0, index)) {
    while (open.length > 0 && open[open.length - 1]! >= entry.level) open.pop();
    if (isContainer(entry.kind)) open.push(entry.level);
  }
  return Math.min((open[open.length - 1] ?? 0) + 1, levelCap(kind));
}

/** The index just past entry `index`'s descendants. */
export function subtreeEnd(entries: readonly Entry[], index: number): number {
  let end = index + 1;
  while (end < entries.length && entries[end]!.level > entries[index]!.level) end++;
  return end;
}

/** Moves entry `index` and its descendants by `delta` levels. */
export function shiftSubtree(entries: Entry[], index: number, delta: number): void {
  const end = subtreeEnd(entries, index);
  for (let i = index; i < end; i++) entries[i] = { ...entries[i]!, level: entries[i]!.level + delta };
}

/** Builds nested nodes from entries, clamping levels as described at the top. */
export function rebuild(schema: Schema, entries: readonly Entry[]): PMNode[] {
  type Open = { entry: Entry; level: number; kind: EntryKind; children: PMNode[] };
  const roots: PMNode[] = [];
  const open: Open[] = [];
  const shifts: { level: number; delta: number }[] = [];

  const close = () => {
    const top = open.pop()!;
    const type = schema.nodes[top.kind]!;
    const attrs = { ...top.entry.attrs, level: top.level };
    const node = type.create(attrs, [top.entry.text, ...top.entry.notes, ...top.children], top.entry.marks);
    (open[open.length - 1]?.children ?? roots).push(node);
  };

  for (const entry of entries) {
    while (shifts.length > 0 && shifts[shifts.length - 1]!.level >= entry.level) shifts.pop();
    const wanted = entry.level + (shifts[shifts.length - 1]?.delta ?? 0);
    const deepest = (open[open.length - 1]?.level ?? 0) + 1;
    const level = Math.max(1, Math.min(wanted, deepest, levelCap(entry.kind)));
    shifts.push({ level: entry.level, delta: level - entry.level });
    while (open.length > 0 && open[open.length - 1]!.level >= level) close();
    const kind: EntryKind = entry.kind === 'paragraph' && level > 1 ? 'item' : entry.kind;
    if (isContainer(kind)) {
      open.push({ entry, level, kind, children: [] });
    } else {
      (open[open.length - 1]?.children ?? roots).push(entry.text);
    }
  }
  while (open.length > 0) close();
  return roots;
}

/** Converts an entry to another kind, or null when its content cannot go there (notes, noteRefs, tables). */
export function convertEntry(schema: Schema, entry: Entry, kind: EntryKind): Entry | null {
  if (kind === entry.kind) return entry;
  if (kind === 'table' || entry.kind === 'table') return null;
  if (isContainer(kind)) {
    const text = isContainer(entry.kind) ? entry.text : schema.nodes.line!.create(null, entry.text.content);
    return { ...entry, kind, text };
  }
  const type = schema.nodes[kind]!;
  if (entry.notes.length > 0 || !type.validContent(entry.text.content)) return null;
  return { ...entry, kind, text: type.create(null, entry.text.content) };
}

/**
 * Turns entry `index` into `kind` at `level` (`'same'`: its own), its descendants moving along.
 * With `clamp`, a level deeper than the place allows becomes the deepest allowed; without, the
 * change fails. Returns the level the entry gets, or null when the change cannot be made.
 */
export function changeEntry(schema: Schema, entries: Entry[], index: number, kind: EntryKind, level: number | 'same', clamp: boolean): number | null {
  const current = entries[index]!;
  const converted = convertEntry(schema, current, kind);
  if (!converted) return null;
  const wanted = kind === 'paragraph' || kind === 'heading' || kind === 'pointer' ? 1 : level === 'same' ? current.level : level;
  const deepest = maxLevelAt(entries, index, kind);
  if (wanted < 1 || (wanted > deepest && !clamp)) return null;
  const placed = Math.min(wanted, deepest);
  entries[index] = converted;
  shiftSubtree(entries, index, placed - current.level);
  return placed;
}

/**
 * The outline around a body block: the top-level block holding `$inside` and the one before it
 * (where a block can move to by one level), or null outside the body's blocks.
 */
function outlineAround($inside: ResolvedPos): Outline | null {
  let depth = $inside.depth;
  while (depth > 0 && !BLOCK_PARENTS.has($inside.node(depth - 1).type.name)) depth--;
  if (depth === 0) return null;
  const container = $inside.node(depth - 1);
  const index = $inside.index(depth - 1);
  const firstBlockIndex = container.type.name === 'attachment' ? 1 : 0;
  if (index < firstBlockIndex) return null;
  const blockPos = $inside.before(depth);
  const block = $inside.node(depth);
  const previous = index > firstBlockIndex ? container.child(index - 1) : null;
  const from = previous ? blockPos - previous.nodeSize : blockPos;
  return { from, to: blockPos + block.nodeSize, entries: flatten(previous ? [previous, block] : [block], from) };
}

/** The outline around the block node at `blockPos`, and that block's entry in it. */
export function outlineOfBlock(doc: PMNode, blockPos: number): { outline: Outline; index: number } | null {
  const outline = outlineAround(doc.resolve(blockPos + 1));
  const node = doc.nodeAt(blockPos);
  if (!outline || !node) return null;
  // A container's entry sits at its line; any other block's at the block itself.
  const entryPos = isContainer(node.type.name as EntryKind) ? blockPos + 1 : blockPos;
  const index = outline.entries.findIndex((entry) => entry.pos === entryPos);
  return index < 0 ? null : { outline, index };
}

/** The outline around the cursor: its top-level block and the one before, with the cursor's place. */
export function outlineAtCursor(tr: Transaction): { outline: Outline; focus: Focus } | null {
  const { selection } = tr;
  if (!(selection instanceof TextSelection) || !selection.$cursor) return null;
  const $cursor = selection.$cursor;
  const outline = outlineAround($cursor);
  if (!outline) return null;
  const textblockPos = $cursor.before();
  for (const [i, entry] of outline.entries.entries()) {
    if (entry.kind === 'table') {
      if (textblockPos > entry.pos && textblockPos < entry.pos + entry.text.nodeSize) return { outline, focus: { entry: i, offset: 0 } };
      continue;
    }
    const note = entry.notePos.indexOf(textblockPos);
    if (entry.pos === textblockPos || note >= 0) {
      return { outline, focus: note >= 0 ? { entry: i, note, offset: $cursor.parentOffset } : { entry: i, offset: $cursor.parentOffset } };
    }
  }
  return null;
}

/** Writes changed entries back in place of the outline; returns the rebuilt blocks. */
export function replaceOutline(tr: Transform, outline: Outline, entries: readonly Entry[]): PMNode[] {
  const nodes = rebuild(tr.doc.type.schema, entries);
  const before = tr.doc.slice(outline.from, outline.to).content;
  const after = Fragment.fromArray(nodes);
  if (!before.eq(after)) tr.replaceWith(outline.from, outline.to, after);
  return nodes;
}

/** Writes changed entries back in place of the outline and puts the cursor at `focus`. */
export function applyOutline(tr: Transaction, outline: Outline, entries: readonly Entry[], focus: Focus): true {
  const nodes = replaceOutline(tr, outline, entries);
  const placed = flatten(nodes, outline.from)[focus.entry]!;
  if (placed.kind === 'table') return true;
  const textNode = focus.note === undefined ? placed.text : placed.notes[focus.note]!;
  const textPos = focus.note === undefined ? placed.pos : placed.notePos[focus.note]!;
  tr.setSelection(TextSelection.create(tr.doc, textPos + 1 + Math.min(focus.offset, textNode.content.size)));
  return true;
}
