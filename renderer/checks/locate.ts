/**
 * Between the editor document and the release model the checks read: which editor node a
 * finding's target names, and where its character range lies. Mirrors shared/document/convert.ts
 * (empty blocks and subtitles are drafts that the release leaves out, so they take no index;
 * a noteRef atom reads as `*`, `**` … in the model text, a hard break as a line break).
 */
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Target } from '../../shared/checks';

/** Block kinds a body or an attachment page holds (and items nest). */
const NESTED_BLOCKS = new Set(['item', 'remark']);
const isNested = (node: PMNode) => NESTED_BLOCKS.has(node.type.name);

const countsCache = new WeakMap<PMNode, boolean>();

/**
 * Whether an editor block becomes a release block: convert.ts drops blocks with no text, notes
 * or children. Cached per node: nodes are shared between document versions, so counting the
 * blocks before a touched one only measures blocks that changed.
 */
export function countsAsBlock(node: PMNode): boolean {
  let counts = countsCache.get(node);
  if (counts !== undefined) return counts;
  switch (node.type.name) {
    case 'paragraph':
    case 'item': {
      counts = false;
      node.forEach((child, _offset, index) => {
        if (counts) return;
        if (index === 0) counts = child.textContent.trim() !== '' || hasNoteRef(child);
        else counts = child.type.name === 'note' || (isNested(child) && countsAsBlock(child));
      });
      break;
    }
    case 'heading':
    case 'remark':
    case 'pointer':
      counts = node.textContent.trim() !== '';
      break;
    default:
      counts = node.type.name === 'table';
  }
  countsCache.set(node, counts);
  return counts;
}

function hasNoteRef(line: PMNode): boolean {
  let found = false;
  line.forEach((child) => {
    found ||= child.type.name === 'noteRef';
  });
  return found;
}

/** A node with its position in the document. */
export type Placed = { node: PMNode; pos: number };

/** Children of `parent` (at `pos`; -1 for the doc itself) with their positions. */
export function childrenOf(parent: PMNode, pos: number): Placed[] {
  const children: Placed[] = [];
  parent.forEach((node, offset) => children.push({ node, pos: pos + 1 + offset }));
  return children;
}

/** The `index`-th of `placed` that `counts`, skipping drafts. */
function nth(placed: Placed[], index: number, counts: (node: PMNode) => boolean): Placed | undefined {
  let seen = -1;
  return placed.find(({ node }) => counts(node) && ++seen === index);
}

export const isSubtitleWritten = (node: PMNode) => node.type.name === 'subtitle' && node.textContent.trim() !== '';

/** The nested blocks under an item or paragraph that the release keeps, in order. */
export function nestedBlocks(block: Placed): Placed[] {
  return childrenOf(block.node, block.pos).filter(({ node }) => isNested(node) && countsAsBlock(node));
}

/** The block a body or attachment path names (`[block, child, grandchild…]` inside `container`). */
function blockAtPath(container: Placed, path: readonly number[]): Placed | undefined {
  const [first, ...rest] = path;
  let block = first === undefined ? undefined : nth(childrenOf(container.node, container.pos), first, countsAsBlock);
  for (const index of rest) block = block && nestedBlocks(block)[index];
  return block;
}

function partsOf(doc: PMNode, name: string): Placed[] {
  return childrenOf(doc, -1).filter(({ node }) => node.type.name === name);
}

/**
 * Where a target's text lives: a textblock, plus `shift`, the number of characters before the
 * model text starts in it (the embargo is trimmed; a phone number sits inside its contact line).
 * `node` alone (no textblock) when the target is a whole block or part, such as an item's marker.
 */
export type TargetPlace = {
  node: Placed;
  textblock?: Placed;
  shift: number;
  /** The target text's length where the textblock holds more than it: a finding without a range covers that much. */
  length?: number;
};

const fieldOf = (target: Target) => target.field ?? 'text';

/** The textblock of a block's own field (its line, a note, a table caption or cell). */
export function fieldTextblock(block: Placed, target: Target): Placed | undefined {
  const children = childrenOf(block.node, block.pos);
  const [i = 0, j = 0] = target.at ?? [];
  switch (fieldOf(target)) {
    case 'text':
    case 'title':
      if (block.node.isTextblock) return block;
      return children[0]?.node.type.name === 'line' ? children[0] : undefined;
    case 'note':
      return children.filter(({ node }) => node.type.name === 'note')[i];
    case 'caption':
      return block.node.type.name === 'table' ? children[0] : undefined;
    case 'cell': {
      const row = block.node.type.name === 'table' ? children[i + 1] : undefined;
      return row && childrenOf(row.node, row.pos)[j];
    }
    default:
      return undefined;
  }
}

function contactAt(doc: PMNode, index: number): Placed | undefined {
  const contacts = partsOf(doc, 'contacts')[0];
  if (!contacts) return undefined;
  const people = childrenOf(contacts.node, contacts.pos).flatMap((group) => childrenOf(group.node, group.pos).slice(1));
  return nth(people, index, (node) => node.textContent.trim() !== '');
}

/** Where the phone number lies in a contact line ("과장 홍길동 (044-202-4501)"), as convert.ts reads it. */
function phoneIn(contact: PMNode): { shift: number; length: number } {
  const text = contact.textContent;
  const open = text.lastIndexOf('(');
  const inside = text.slice(open + 1, text.lastIndexOf(')'));
  return { shift: open + 1 + inside.length - inside.trimStart().length, length: inside.trim().length };
}

const leadingSpace = (text: string) => text.length - text.trimStart().length;

function placeOf(node: Placed, textblock: Placed | undefined, shift = 0, length?: number): TargetPlace {
  const place: TargetPlace = textblock ? { node, textblock, shift } : { node, shift };
  if (length !== undefined) place.length = length;
  return place;
}

/** Finds a target in the editor document, or undefined when it is not there any more. */
export function locateTarget(doc: PMNode, target: Target): TargetPlace | undefined {
  const index = target.path[0] ?? -1;
  switch (target.part) {
    case 'header': {
      const header = partsOf(doc, 'header')[0];
      if (!header) return undefined;
      const name = target.field === 'embargo' ? 'embargo' : target.field === 'distributed' ? 'distribution' : undefined;
      const field = name && childrenOf(header.node, header.pos).find(({ node }) => node.type.name === name);
      if (!field) return placeOf(header, undefined);
      // parseEmbargo keeps the text trimmed; the distribution date is kept as written.
      return placeOf(field, field, name === 'embargo' ? leadingSpace(field.node.textContent) : 0);
    }
    case 'title': {
      const title = partsOf(doc, 'title')[0];
      return title && placeOf(title, title);
    }
    case 'subtitle': {
      const subtitle = nth(partsOf(doc, 'subtitle'), index, isSubtitleWritten);
      return subtitle && placeOf(subtitle, subtitle);
    }
    case 'contacts': {
      if (target.path.length === 0) {
        const contacts = partsOf(doc, 'contacts')[0];
        return contacts && placeOf(contacts, undefined);
      }
      const contact = contactAt(doc, index);
      if (!contact) return undefined;
      if (target.field !== 'phone') return placeOf(contact, contact);
      const phone = phoneIn(contact.node);
      return placeOf(contact, contact, phone.shift, phone.length);
    }
    case 'body':
    case 'attachment': {
      const container = target.part === 'body' ? partsOf(doc, 'body')[0] : partsOf(doc, 'attachment')[index];
      if (!container) return undefined;
      const path = target.part === 'body' ? target.path : target.path.slice(1);
      if (target.part === 'attachment' && target.field === 'title' && path.length === 0) {
        const title = childrenOf(container.node, container.pos)[0];
        return title && placeOf(title, title);
      }
      if (path.length === 0) return placeOf(container, undefined);
      const block = blockAtPath({ node: container.node, pos: container.pos }, path);
      return block && placeOf(block, fieldTextblock(block, target));
    }
  }
}

/**
 * Editor positions of a character range of a textblock's model text. Text maps one to one; a
 * noteRef is as many characters as its asterisks, a hard break one; other atoms none. A range
 * edge inside a noteRef's asterisks snaps outwards to the whole atom.
 */
export function textRange(textblock: Placed, [from, to]: readonly [number, number]): { from: number; to: number } {
  let offset = 0;
  let refs = 0;
  let start = textblock.pos + 1;
  let end = textblock.pos + 1 + textblock.node.content.size;
  let startFound = false;
  let endFound = false;
  textblock.node.forEach((child, childOffset) => {
    if (endFound) return;
    const pos = textblock.pos + 1 + childOffset;
    const name = child.type.name;
    const length = child.isText ? (child.text ?? '').length : name === 'noteRef' ? ++refs : name === 'hardBreak' ? 1 : 0;
    if (!startFound && from < offset + length) {
      start = child.isText || name === 'hardBreak' ? pos + (from - offset) : pos;
      startFound = true;
    }
    if (to <= offset + length && to > offset) {
      end = child.isText || name === 'hardBreak' ? pos + (to - offset) : pos + child.nodeSize;
      endFound = true;
    }
    offset += length;
  });
  if (!startFound) start = end;
  if (from === to) end = start;
  return { from: start, to: Math.max(start, end) };
}
