/**
 * The editing operations on body blocks (Enter, Backspace, Tab, block type changes, markers
 * typed at the start of a line), written once over the outline (outline.ts) and wired to keys and commands
 * by the node files. Each works on a transaction and returns false when it does not apply.
 */
import { InputRule } from '@tiptap/core';
import type { Node as PMNode, ResolvedPos } from '@tiptap/pm/model';
import { NodeSelection, Selection, TextSelection, type Transaction } from '@tiptap/pm/state';
import { composingSafe, nextTextblockStart, runEdit } from './keys';
import { applyOutline, BLOCK_PARENTS, changeEntry, flatten, isContainer, isEntryKind, MAX_ITEM_LEVEL, outlineAtCursor, subtreeEnd, type Entry, type EntryKind, type Outline } from './outline';
import { newNoteId } from './noteIds';

/** Ids of the notes whose refs sit in a line. */
export function refIdsIn(line: PMNode): string[] {
  const ids: string[] = [];
  line.forEach((child) => {
    if (child.type.name === 'noteRef' && typeof child.attrs.id === 'string') ids.push(child.attrs.id);
  });
  return ids;
}

/**
 * The cursor's block in its outline, when the cursor is in the block's own line (not in one of
 * its notes). `entries` is a copy the caller may change and apply.
 */
function blockAtCursor(tr: Transaction) {
  const found = outlineAtCursor(tr);
  if (!found || found.focus.note !== undefined) return null;
  const entries = [...found.outline.entries];
  return { ...found, entries, current: entries[found.focus.entry]! };
}

/**
 * What a level change did, set as transaction meta (LEVEL_CHANGE) by the command that made it, so
 * that Suggesting mode can record it as a "level changed" suggestion on the moved block instead
 * of a struck-out and re-inserted one. `blockPos` is the block's position after the first
 * `steps` steps of the transaction. `adopts`: blocks that followed it became its children (a
 * lift out of the middle of a list), which a level mark could not give back.
 */
export type LevelChange = { blockPos: number; steps: number; previousKind: EntryKind; previousLevel: number; level: number; adopts: boolean };
export const LEVEL_CHANGE = 'bodo/levelChange';

/**
 * Why Suggesting mode refused an edit (the key does nothing), so that the interface can tell the
 * reviewer: set as transaction meta (SUGGESTION_REFUSED) by a key that refuses, or returned by
 * `suggestLevelChange`, and announced by the editor's `suggestionRefused` event.
 * `join`: two blocks joined; `adopts`: a block lifted would take the blocks after it as children;
 * `deletedBlock`: a block suggested for deletion moved; `intoSuggested`: a block moved into one
 * suggested as new or for deletion.
 */
export type SuggestionRefusal = 'join' | 'adopts' | 'deletedBlock' | 'intoSuggested';
export const SUGGESTION_REFUSED = 'bodo/suggestionRefused';

/**
 * Set on a transaction whose pieces are one suggestion (a split's moved text, struck out in one
 * block and inserted in another): settling only one piece would lose the text or double it.
 */
export const ONE_SUGGESTION = 'bodo/oneSuggestion';

/**
 * Turns the cursor's block into `kind` at `level` (its children move with it). With `clamp`,
 * a level deeper than the place allows becomes the deepest allowed; without, the change fails.
 */
export function changeBlock(tr: Transaction, kind: EntryKind, level: number | 'same', clamp = false): boolean {
  const found = blockAtCursor(tr);
  if (!found) return false;
  const { outline, focus, entries, current } = found;
  const ownEnd = subtreeEnd(entries, focus.entry);
  const placed = changeEntry(tr.doc.type.schema, entries, focus.entry, kind, level, clamp);
  if (placed === null) return false;
  const adopts = subtreeEnd(entries, focus.entry) > ownEnd;
  applyOutline(tr, outline, entries, focus);
  if (placed !== current.level) {
    // The cursor is in the moved block's own text: a container's line, or the block itself.
    const $text = tr.selection.$from;
    const blockPos = isContainer(kind) ? $text.before($text.depth - 1) : $text.before();
    const change: LevelChange = { blockPos, steps: tr.steps.length, previousKind: current.kind, previousLevel: current.level, level: placed, adopts };
    tr.setMeta(LEVEL_CHANGE, change);
  }
  return true;
}

/** Tab / Shift+Tab: one level deeper or shallower, children along. */
export function shiftBlock(tr: Transaction, delta: 1 | -1): boolean {
  const found = blockAtCursor(tr);
  if (!found) return false;
  const { current } = found;
  if (current.kind === 'paragraph') return delta === 1 && changeBlock(tr, 'item', 2);
  if (current.kind !== 'item' && current.kind !== 'remark') return false;
  return changeBlock(tr, current.kind, current.level + delta);
}

function emptyEntry(tr: Transaction, level: number, kind: EntryKind): Entry {
  const schema = tr.doc.type.schema;
  const text = isContainer(kind) ? schema.nodes.line!.create() : schema.nodes[kind]!.create();
  return { kind, level, text, notes: [], attrs: {}, marks: [], pos: 0, notePos: [] };
}

/** What Enter continues with: the same kind, except after a heading. */
const continuationOf = (kind: EntryKind): EntryKind => (kind === 'heading' ? 'paragraph' : kind);

/**
 * Where the block Enter makes after entry `index` goes, and as what. Normally right after it at
 * its level, so that it takes the entry's children. As a suggestion (where moving the children
 * would strike them all out and insert them again, and rejecting the new block would take them
 * with it) it is the entry's first child instead, or, where no item can be that deep, the block
 * after its children.
 */
function newBlockPlace(entries: readonly Entry[], index: number, kind: EntryKind, asSuggestion: boolean): { index: number; level: number; kind: EntryKind } {
  const current = entries[index]!;
  const childrenEnd = subtreeEnd(entries, index);
  if (!asSuggestion || childrenEnd === index + 1) return { index: index + 1, level: current.level, kind };
  if (current.level < MAX_ITEM_LEVEL) return { index: index + 1, level: current.level + 1, kind: 'item' };
  return { index: childrenEnd, level: current.level, kind };
}

/**
 * Enter in a body block: split it, continuing at the same level; on an empty item lift it (an
 * empty level-1 item becomes a paragraph); an empty remark or pointer becomes a plain block.
 * `asSuggestion` (Suggesting mode) places the new block among the children (`newBlockPlace`) and
 * makes it in two steps, the removal of what moves from the first half and then the new block:
 * one step doing both is one open slice, which the suggestion library re-nests.
 */
export function splitBlock(tr: Transaction, kind: EntryKind, asSuggestion = false): boolean {
  const found = blockAtCursor(tr);
  if (!found) return false;
  const { outline, focus, entries, current } = found;
  if (current.kind !== kind || kind === 'table') return false;
  const schema = tr.doc.type.schema;

  if (current.text.content.size === 0) {
    if (kind === 'item') return current.level > 1 ? changeBlock(tr, 'item', current.level - 1) : changeBlock(tr, 'paragraph', 1);
    if (kind === 'remark' || kind === 'pointer') return changeBlock(tr, current.level > 1 ? 'item' : 'paragraph', 'same');
  }
  if (focus.offset === 0 && current.text.content.size > 0) {
    entries.splice(focus.entry, 0, emptyEntry(tr, current.level, kind));
    return applyOutline(tr, outline, entries, { entry: focus.entry + 1, offset: 0 });
  }
  const place = newBlockPlace(entries, focus.entry, continuationOf(kind), asSuggestion);
  const tailContent = current.text.content.cut(focus.offset);
  const tail = isContainer(place.kind) ? schema.nodes.line!.create(null, tailContent) : current.text.type.create(null, tailContent);
  // Notes go with the refs that point at them; the rest stay with the first half.
  const movedIds = new Set(refIdsIn(tail));
  const moves = (note: PMNode) => movedIds.has(note.attrs.id as string);
  let to = outline.to;
  if (asSuggestion && tailContent.size > 0) {
    // Removed last first (moved notes, then the moved text), so each leaves the others' positions as they were.
    for (const [i, note] of [...current.notes.entries()].reverse()) {
      if (moves(note)) tr.delete(current.notePos[i]!, current.notePos[i]! + note.nodeSize);
    }
    tr.delete(current.pos + 1 + focus.offset, current.pos + 1 + current.text.content.size);
    to = tr.mapping.map(to);
    tr.setMeta(ONE_SUGGESTION, true);
  }
  entries[focus.entry] = { ...current, text: current.text.cut(0, focus.offset), notes: current.notes.filter((n) => !moves(n)) };
  entries.splice(place.index, 0, { ...emptyEntry(tr, place.level, place.kind), text: tail, notes: current.notes.filter(moves) });
  return applyOutline(tr, { ...outline, to }, entries, { entry: place.index, offset: 0 });
}

/**
 * Enter in a block of this kind: what is selected goes (see `replaceSelectionInKind`), then the
 * block splits (see `splitBlock`). Where the deletion leaves the cursor outside a block's own
 * line (a selection ending in a note), the deletion is all Enter does.
 */
export function enterInBlock(tr: Transaction, kind: EntryKind, asSuggestion = false): boolean {
  if (!replaceSelectionInKind(tr, kind)) return false;
  return splitBlock(tr, kind, asSuggestion) || tr.docChanged;
}

/** Enter in whichever body block holds the cursor, or false outside them. */
export function enterInBody(tr: Transaction, asSuggestion: boolean): boolean {
  const kind = kindAt(tr.selection.$from);
  return isEntryKind(kind) && enterInBlock(tr, kind, asSuggestion);
}

/**
 * Suggesting mode's Backspace, Delete and Enter over a selection that spans textblocks: the
 * selected part of each textblock (lines, notes, remarks, headings, cells…) is deleted on its
 * own, last first so that positions hold, as one suggestion (ONE_SUGGESTION), the caret at the
 * selection's start. The suggestion library turns a deletion inside one textblock into a deletion
 * mark; one deletion across blocks it rebuilds (the whole body struck out, a moved copy, a block
 * struck and inserted again). No structure changes, so Enter does not split after it. False for
 * a selection inside one textblock or of one node.
 */
export function strikeSelectionByTextblock(tr: Transaction): boolean {
  const { selection } = tr;
  const { $from, $to, from, to } = selection;
  if (selection.empty || selection instanceof NodeSelection || ($from.sameParent($to) && $from.parent.isTextblock)) return false;
  const pieces: [number, number][] = [];
  tr.doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isTextblock) return true;
    const start = Math.max(from, pos + 1);
    const end = Math.min(to, pos + 1 + node.content.size);
    if (end > start) pieces.push([start, end]);
    return false;
  });
  for (const [start, end] of pieces.reverse()) tr.delete(start, end);
  tr.setSelection(Selection.near(tr.doc.resolve(from)));
  tr.setMeta(ONE_SUGGESTION, true);
  return true;
}

/**
 * Backspace or Delete over a selection from a block of this kind's own text into a later block's:
 * deleted as a join (`deleteAcrossBlocks`), as ProseMirror's deletion would leave an emptied item
 * or a note under an emptied paragraph. False for any other selection (inside one block, an end
 * in a note or a table), which ProseMirror deletes. Suggesting mode strikes such a selection out
 * before this is tried (`strikeSelectionByTextblock`).
 */
function deleteSelectionAcrossBlocks(tr: Transaction, kind: EntryKind): boolean {
  if (tr.selection.empty || kindAt(tr.selection.$from) !== kind || !outlineOfSelection(tr)) return false;
  return deleteAcrossBlocks(tr);
}

/** Backspace in a block of this kind: over a selection across blocks see `deleteSelectionAcrossBlocks`, at the block's start `joinBlockBackward`. */
function backspaceInBlock(tr: Transaction, kind: EntryKind, asSuggestion = false): boolean {
  return deleteSelectionAcrossBlocks(tr, kind) || joinBlockBackward(tr, kind, asSuggestion);
}

/** Delete in a block of this kind: over a selection across blocks see `deleteSelectionAcrossBlocks`, at the block's end `joinBlockForward`. */
function deleteInBlock(tr: Transaction, kind: EntryKind, asSuggestion = false): boolean {
  return deleteSelectionAcrossBlocks(tr, kind) || joinBlockForward(tr, kind, asSuggestion);
}

/** Backspace in whichever body block holds the cursor (see `backspaceInBlock`). */
export function backspaceInBody(tr: Transaction, asSuggestion: boolean): boolean {
  const kind = kindAt(tr.selection.$from);
  return isEntryKind(kind) && backspaceInBlock(tr, kind, asSuggestion);
}

/** Delete in whichever body block holds the cursor (see `deleteInBlock`). */
export function deleteInBody(tr: Transaction, asSuggestion: boolean): boolean {
  const kind = kindAt(tr.selection.$from);
  return isEntryKind(kind) && deleteInBlock(tr, kind, asSuggestion);
}

/** An empty block suggested as new, with nothing under it: removing it takes nobody's words. */
function isEmptySuggestedBlock(entries: readonly Entry[], index: number): boolean {
  const entry = entries[index]!;
  const marks = [...entry.marks, ...entry.text.marks];
  return entry.text.content.size === 0 && entry.notes.length === 0 && subtreeEnd(entries, index) === index + 1 && marks.some((mark) => mark.type.name === 'insertion');
}

/**
 * `previous` with `next`'s text appended and its notes after its own, or null where they cannot
 * join (refs or notes into a remark, heading or pointer). `next`'s children are not touched:
 * left in the list, they follow under the joined block.
 */
function joinEntries(previous: Entry, next: Entry): Entry | null {
  const joined = previous.text.content.append(next.text.content);
  if (!previous.text.type.validContent(joined) || (next.notes.length > 0 && !isContainer(previous.kind))) return null;
  return { ...previous, text: previous.text.copy(joined), notes: [...previous.notes, ...next.notes] };
}

/**
 * Backspace at the start of a body block: merge it into the line above, or lift a first item.
 * As a suggestion, only an empty block suggested as new goes: any other join rebuilds both
 * blocks, which the suggestion library records as the block struck out and its text inserted
 * elsewhere (as a remark, or under an emptied block), so the key does nothing there and says
 * why (SUGGESTION_REFUSED).
 */
export function joinBlockBackward(tr: Transaction, kind: EntryKind, asSuggestion = false): boolean {
  const found = blockAtCursor(tr);
  if (!found || found.focus.offset !== 0) return false;
  const { outline, focus, entries, current } = found;
  if (current.kind !== kind || kind === 'table') return false;
  const previous = entries[focus.entry - 1];
  if (!previous) return kind === 'item' ? changeBlock(tr, 'paragraph', 1) : true;
  if (previous.kind === 'table') return true;
  if (asSuggestion && !isEmptySuggestedBlock(entries, focus.entry)) {
    tr.setMeta(SUGGESTION_REFUSED, 'join' satisfies SuggestionRefusal);
    return true;
  }
  const joined = joinEntries(previous, current);
  if (!joined) return true;
  entries[focus.entry - 1] = joined;
  entries.splice(focus.entry, 1);
  return applyOutline(tr, outline, entries, { entry: focus.entry - 1, offset: previous.text.content.size });
}

/**
 * Delete at the end of a body block: the next block's text joins this one (Backspace from the
 * other side). A block's own notes stand between its line and the next block, so nothing joins
 * across them.
 */
export function joinBlockForward(tr: Transaction, kind: EntryKind, asSuggestion = false): boolean {
  const found = blockAtCursor(tr);
  if (!found) return false;
  const { current } = found;
  if (current.kind !== kind || found.focus.offset !== current.text.content.size) return false;
  if (current.notes.length > 0 || kind === 'table') return true;
  const start = nextTextblockStart(tr.doc, current.pos + current.text.nodeSize);
  if (start === null) return true;
  const $next = tr.doc.resolve(start);
  if (!BLOCK_TEXT.has($next.parent.type.name)) return true;
  const original = tr.selection;
  tr.setSelection(TextSelection.create(tr.doc, start));
  joinBlockBackward(tr, kindAt($next) as EntryKind, asSuggestion);
  if (!tr.docChanged) tr.setSelection(original);
  return true;
}

/** Textblocks that are a body block's own text. */
const BLOCK_TEXT = new Set(['line', 'remark', 'heading', 'pointer']);

/** `* ` at the start of a line: the line becomes a note of the block above it. */
export function turnIntoNoteAbove(tr: Transaction): boolean {
  const found = blockAtCursor(tr);
  if (!found) return false;
  const { outline, focus, entries, current } = found;
  const above = entries[focus.entry - 1];
  if (!isContainer(current.kind) || !above || !isContainer(above.kind)) return false;
  const noteType = tr.doc.type.schema.nodes.note!;
  const textOnly: PMNode[] = [];
  current.text.forEach((child) => {
    if (child.isText) textOnly.push(child);
  });
  const note = noteType.create({ id: newNoteId() }, textOnly);
  entries[focus.entry - 1] = { ...above, notes: [...above.notes, note, ...current.notes] };
  entries.splice(focus.entry, 1);
  return applyOutline(tr, outline, entries, { entry: focus.entry - 1, note: above.notes.length, offset: 0 });
}

/** Enter, Backspace, Tab and Shift+Tab for one kind of body block. */
export function blockKeys(kind: EntryKind) {
  return composingSafe({
    Enter: ({ editor }) => runEdit(editor, (tr) => enterInBlock(tr, kind)),
    Backspace: ({ editor }) => runEdit(editor, (tr) => backspaceInBlock(tr, kind)),
    Delete: ({ editor }) => runEdit(editor, (tr) => deleteInBlock(tr, kind)),
    Tab: ({ editor }) => runEdit(editor, (tr) => kindAt(tr.selection.$from) === kind && shiftBlock(tr, 1)),
    'Shift-Tab': ({ editor }) => runEdit(editor, (tr) => kindAt(tr.selection.$from) === kind && shiftBlock(tr, -1)),
  });
}

/** The kind of body block a textblock belongs to (a line belongs to its item or paragraph). */
function kindAt($pos: ResolvedPos): string {
  return $pos.parent.type.name === 'line' ? $pos.node(-1).type.name : $pos.parent.type.name;
}

/**
 * Deletes the selection when it starts in a block of this kind (false when it does not): inside
 * one block plainly, across blocks by `deleteAcrossBlocks`, or, where an end is not in a block's
 * own text, as ProseMirror would.
 */
function replaceSelectionInKind(tr: Transaction, kind: EntryKind): boolean {
  const { $from, $to, empty } = tr.selection;
  if (kindAt($from) !== kind) return false;
  if (!empty && ($from.sameParent($to) || !deleteAcrossBlocks(tr))) tr.deleteSelection();
  return true;
}

/** The depth of the body block (a child of the body or an attachment) holding `$pos`, or null outside them. */
function bodyBlockDepth($pos: ResolvedPos): number | null {
  for (let depth = $pos.depth; depth > 0; depth--) {
    if (BLOCK_PARENTS.has($pos.node(depth - 1).type.name)) return isEntryKind($pos.node(depth).type.name) ? depth : null;
  }
  return null;
}

/**
 * The body blocks a selection spans, as one outline, with the entries whose own text holds its
 * ends; null when an end is elsewhere (a note, a table, a title) or the ends are in different
 * block lists (the body and an attachment).
 */
function outlineOfSelection(tr: Transaction): { outline: Outline; first: number; last: number } | null {
  const { $from, $to } = tr.selection;
  const fromDepth = bodyBlockDepth($from);
  const toDepth = bodyBlockDepth($to);
  if (fromDepth === null || toDepth === null || $from.start(fromDepth - 1) !== $to.start(toDepth - 1)) return null;
  const list = $from.node(fromDepth - 1);
  const blocks: PMNode[] = [];
  for (let index = $from.index(fromDepth - 1); index <= $to.index(toDepth - 1); index++) blocks.push(list.child(index));
  const from = $from.before(fromDepth);
  const entries = flatten(blocks, from);
  const entryOf = ($end: ResolvedPos) => entries.findIndex((entry) => entry.kind !== 'table' && entry.pos === $end.before());
  const first = entryOf($from);
  const last = entryOf($to);
  if (first < 0 || last <= first) return null;
  return { outline: { from, to: $to.after(toDepth), entries }, first, last };
}

/**
 * Deletes a selection across body blocks as Backspace joins blocks: the blocks wholly inside it
 * go, what is left of the last block's text joins the first block's, its notes after, and its
 * children stay in order under the first block. Where the two cannot join (refs or notes into a
 * remark), the last block stays, only its selected start cut. False when the selection does not
 * run from one block's own text to another's.
 */
export function deleteAcrossBlocks(tr: Transaction): boolean {
  const found = outlineOfSelection(tr);
  if (!found) return false;
  const { outline, first, last } = found;
  const { $from, $to } = tr.selection;
  const entries = [...outline.entries];
  const head = entries[first]!;
  const tail = entries[last]!;
  const keptHead = { ...head, text: head.text.cut(0, $from.parentOffset) };
  const keptTail = { ...tail, text: tail.text.cut($to.parentOffset) };
  const joined = joinEntries(keptHead, keptTail);
  entries.splice(first, last - first + 1, ...(joined ? [joined] : [keptHead, keptTail]));
  return applyOutline(tr, outline, entries, { entry: first, offset: $from.parentOffset });
}

/**
 * An input rule for a marker typed in a body line (`□ `, `* `, `※ `, `【…】`): the marker goes
 * and `edit` makes the block what it marks. Elsewhere (title, cells) the typed text stays.
 */
export function lineMarkerRule(find: RegExp, edit: (tr: Transaction, match: RegExpMatchArray) => boolean): InputRule {
  return new InputRule({
    find,
    handler: ({ state, range, match }) => {
      if (state.doc.resolve(range.from).parent.type.name !== 'line') return null;
      const { tr } = state;
      tr.delete(range.from, range.to);
      return edit(tr, match) ? undefined : null;
    },
  });
}
