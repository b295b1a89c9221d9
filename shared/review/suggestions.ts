/**
 * Tracked suggestions (Suggesting mode) as the review feature sees them: the insertion, deletion
 * and modification marks of @handlewithcare/prosemirror-suggest-changes, each with the id of
 * its suggestion and the name of its author. Here: listing them, signing new ones, and settling
 * them (accept or reject) one at a time or all at once. Rejecting everything is also how exports
 * see a document with suggestions pending: as if none had been made.
 */
import type { Mark, MarkType, Node as PMNode, Schema } from '@tiptap/pm/model';
import { Selection, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { AddMarkStep, AddNodeMarkStep, AttrStep, RemoveMarkStep, RemoveNodeMarkStep, ReplaceStep, replaceStep, Transform, type Step } from '@tiptap/pm/transform';
import { ONE_SUGGESTION, type LevelChange, type SuggestionRefusal } from '../schema/blockEditing';
import { changeEntry, isContainer, outlineOfBlock, replaceOutline, type EntryKind } from '../schema/outline';

export type SuggestionKind = 'insertion' | 'deletion' | 'modification';
export const SUGGESTION_KINDS: readonly SuggestionKind[] = ['insertion', 'deletion', 'modification'];

/** A block moved to another level (and with it, maybe, another kind: a paragraph tabbed into an item). */
export type LevelSuggestion = { previousKind: string; previousLevel: number; kind: string; level: number };

/** One suggestion: what it adds and removes, who made it, and where it starts. */
export type Suggestion = {
  id: string;
  author: string | null;
  kinds: SuggestionKind[];
  inserted: string;
  deleted: string;
  /** Set when the suggestion moves a block to another level. */
  level?: LevelSuggestion;
  /** Where its first piece starts (in a whole block's text), for putting the caret there. */
  from: number;
};

let lastId = 0;
/** A new suggestion id, unique without looking through the document (the library's default counts through it on every edit). */
export const newSuggestionId = () => `${Date.now().toString(36)}-${(++lastId).toString(36)}`;

/** The library marks a block boundary it inserted or deleted with this invisible anchor. */
const ANCHOR = '\u200B';

function suggestionTypes(schema: Schema): Record<SuggestionKind, MarkType> {
  const { insertion, deletion, modification } = schema.marks;
  if (!insertion || !deletion || !modification) throw new Error('the schema has no suggestion marks');
  return { insertion, deletion, modification };
}

function kindOf(mark: Mark): SuggestionKind | null {
  const name = mark.type.name;
  return SUGGESTION_KINDS.find((kind) => kind === name) ?? null;
}

/** The modification mark of a "level changed" suggestion (the block's nesting, not just its attribute). */
const isLevelMark = (mark: Mark) => mark.type.name === 'modification' && mark.attrs.type === 'attr' && mark.attrs.attrName === 'level';

/** The kind-change mark that goes with level mark `level` (same suggestion), when the move changed the block's kind too. */
const kindMarkOf = (node: PMNode, level: Mark) =>
  node.marks.find((mark) => mark.type === level.type && mark.attrs.type === 'nodeType' && mark.attrs.id === level.attrs.id);

function levelSuggestion(node: PMNode, level: Mark): LevelSuggestion {
  const kindMark = kindMarkOf(node, level);
  return {
    previousKind: kindMark ? String(kindMark.attrs.previousValue) : node.type.name,
    previousLevel: Number(level.attrs.previousValue),
    kind: node.type.name,
    level: Number(level.attrs.newValue),
  };
}

/** Where a caret can go at the start of a suggested piece: inside the text of a whole block (its line), not before it. */
function textStart(node: PMNode, pos: number): number {
  if (node.isInline) return pos;
  if (node.isTextblock) return pos + 1;
  return node.firstChild?.isTextblock ? pos + 2 : pos;
}

/** Every pending suggestion in reading order. Walks the whole document: call it lazily. */
export function pendingSuggestions(doc: PMNode): Suggestion[] {
  const byId = new Map<string, Suggestion>();
  // Where a whole block's text was counted for a suggestion: text inside it marked the same is not counted again.
  const countedUntil = new Map<string, number>();
  doc.descendants((node, pos) => {
    for (const mark of node.marks) {
      const kind = kindOf(mark);
      if (!kind) continue;
      const id = String(mark.attrs.id);
      let suggestion = byId.get(id);
      if (!suggestion) {
        suggestion = { id, author: (mark.attrs.author as string | null) ?? null, kinds: [], inserted: '', deleted: '', from: textStart(node, pos) };
        byId.set(id, suggestion);
      }
      if (!suggestion.kinds.includes(kind)) suggestion.kinds.push(kind);
      if (isLevelMark(mark)) suggestion.level = levelSuggestion(node, mark);
      const counted = `${kind} ${id}`;
      if (pos < (countedUntil.get(counted) ?? -1)) continue;
      if (!node.isInline) countedUntil.set(counted, pos + node.nodeSize);
      const text = (node.isText ? (node.text ?? '') : node.textContent).replaceAll(ANCHOR, '');
      if (kind === 'insertion') suggestion.inserted += text;
      if (kind === 'deletion') suggestion.deleted += text;
    }
  });
  return [...byId.values()];
}

export function countPendingSuggestions(doc: PMNode): number {
  return pendingSuggestions(doc).length;
}

/**
 * Accepts (`accept`) or rejects suggestion `id`, or every suggestion without an id, in `tr`.
 * Accepting removes what the suggestion deletes and keeps what it inserts, unmarked; rejecting
 * the reverse, and restores what a modification changed. True when there was something to settle.
 */
export function settleSuggestions(tr: Transform, accept: boolean, id?: string): boolean {
  const types = suggestionTypes(tr.doc.type.schema);
  const drop = accept ? types.deletion : types.insertion;
  const keep = accept ? types.insertion : types.deletion;
  const matches = (mark: Mark) => id === undefined || String(mark.attrs.id) === id;
  const removals: [number, number][] = [];
  const levelRejections: string[] = [];
  let found = false;

  // Marks and attributes first: none of these steps moves a position.
  tr.doc.descendants((node, pos) => {
    const marks = node.marks.filter(matches);
    if (marks.some((mark) => mark.type === drop)) {
      removals.push([pos, pos + node.nodeSize]);
      found = true;
      return false;
    }
    for (const mark of marks) {
      if (mark.type === keep) {
        found = true;
        if (!node.isInline) tr.removeNodeMark(pos, mark);
        else {
          tr.removeMark(pos, pos + node.nodeSize, mark);
          [...(node.text ?? '')].forEach((char, i) => char === ANCHOR && removals.push([pos + i, pos + i + 1]));
        }
      } else if (mark.type === types.modification) {
        found = true;
        const level = accept ? undefined : node.marks.find((m) => isLevelMark(m) && m.attrs.id === mark.attrs.id);
        if (level) {
          // Moving the block back rebuilds its surroundings: done last, marks and all.
          if (mark === level) levelRejections.push(String(mark.attrs.id));
          continue;
        }
        if (!accept) restoreModified(tr, pos, mark);
        tr.removeNodeMark(pos, mark);
      }
    }
    return true;
  });

  // Then the removals, last first, so that each one's positions still hold.
  for (const [from, to] of removals.sort((a, b) => b[0] - a[0])) tr.delete(from, to);
  // Then the moves, each block found again by its mark, since every move shifts blocks around it.
  for (const levelId of levelRejections) rejectLevelChange(tr, levelId);
  return found;
}

function restoreModified(tr: Transform, pos: number, modification: Mark): void {
  const { type, attrName, previousValue } = modification.attrs as { type: string; attrName: string | null; previousValue: unknown };
  if (type === 'attr' && attrName) tr.setNodeAttribute(pos, attrName, previousValue);
  const previousType = type === 'nodeType' && typeof previousValue === 'string' ? tr.doc.type.schema.nodes[previousValue] : undefined;
  if (previousType) tr.setNodeMarkup(pos, previousType);
}

/** The block carrying the level mark of suggestion `id`. */
function findLevelMark(doc: PMNode, id: string): { pos: number; node: PMNode; mark: Mark } | null {
  let found: { pos: number; node: PMNode; mark: Mark } | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    const mark = node.marks.find((m) => isLevelMark(m) && String(m.attrs.id) === id);
    if (mark) found = { pos, node, mark };
    // Blocks carry level marks; nothing inside a line does.
    return !found && !node.isTextblock;
  });
  return found;
}

/**
 * Rejects a level change: the block goes back to its previous level and kind through the
 * outline, children along, clamped like any level change (nesting is the level, so setting the
 * attribute alone would not do), and its marks of the suggestion go.
 */
function rejectLevelChange(tr: Transform, id: string): void {
  const found = findLevelMark(tr.doc, id);
  // Gone with a rejected insertion around it.
  if (!found) return;
  const { pos, node, mark } = found;
  const ofSuggestion = (m: Mark) => m.type === mark.type && m.attrs.id === mark.attrs.id;
  const block = outlineOfBlock(tr.doc, pos);
  if (!block) {
    for (const m of node.marks.filter(ofSuggestion)) tr.removeNodeMark(pos, m);
    return;
  }
  const { previousKind, previousLevel } = levelSuggestion(node, mark);
  const { outline, index } = block;
  const entries = [...outline.entries];
  const entry = entries[index]!;
  const settled = node.marks.filter((m) => !ofSuggestion(m));
  entries[index] = isContainer(entry.kind) ? { ...entry, marks: settled } : { ...entry, text: node.mark(settled) };
  const schema = tr.doc.type.schema;
  // A kind the block can no longer take (it has notes now, say) stays as it is; the level still goes back.
  if (changeEntry(schema, entries, index, previousKind as EntryKind, previousLevel, true) === null) {
    changeEntry(schema, entries, index, entry.kind, previousLevel, true);
  }
  replaceOutline(tr, outline, entries);
}

/**
 * Records level change `change`, which `tr` has made, as a suggestion by `author`: a modification
 * mark on the moved block with the level it had before. The same author moving it again updates
 * their suggestion; moving it back where it was removes it. A block that is itself a suggested
 * insertion needs no mark: rejecting it removes the block anyway. Returns null when the change
 * may be made, else why it must not: a block that would take the blocks after it as its children
 * stays (`adopts`: rejecting could not tell them from its own and would move them too, and
 * rejecting a suggested new block would remove them), so does a block suggested for deletion
 * (`deletedBlock`: its mark cannot sit with a modification), and a block is not moved into a
 * block suggested as new or for deletion (`intoSuggested`), whose settling would remove it along
 * with that block.
 */
export function suggestLevelChange(tr: Transaction, change: LevelChange, author: string): SuggestionRefusal | null {
  if (change.adopts) return 'adopts';
  const pos = tr.mapping.slice(change.steps).map(change.blockPos, 1);
  const node = tr.doc.nodeAt(pos);
  if (!node) return null;
  const { insertion, deletion, modification } = suggestionTypes(tr.doc.type.schema);
  if (node.marks.some((mark) => mark.type === deletion)) return 'deletedBlock';
  if (node.marks.some((mark) => mark.type === insertion)) return null;
  if (insideSuggestedBlock(tr.doc, pos, [insertion, deletion])) return 'intoSuggested';
  const earlier = node.marks.find(isLevelMark);
  const original = earlier ? levelSuggestion(node, earlier) : { previousKind: change.previousKind, previousLevel: change.previousLevel };
  if (earlier) for (const mark of node.marks.filter((m) => m.type === modification && m.attrs.id === earlier.attrs.id)) tr.removeNodeMark(pos, mark);
  if (original.previousLevel === change.level && original.previousKind === node.type.name) return null;
  const id = earlier && earlier.attrs.author === author ? String(earlier.attrs.id) : newSuggestionId();
  const signed = { id, author: author || null };
  tr.addNodeMark(pos, modification.create({ ...signed, type: 'attr', attrName: 'level', previousValue: original.previousLevel, newValue: change.level }));
  if (original.previousKind !== node.type.name) {
    tr.addNodeMark(pos, modification.create({ ...signed, type: 'nodeType', previousValue: original.previousKind, newValue: node.type.name }));
  }
  return null;
}

/** Whether a block around `pos` carries a mark of one of `types`. */
function insideSuggestedBlock(doc: PMNode, pos: number, types: MarkType[]): boolean {
  const $pos = doc.resolve(pos);
  for (let depth = $pos.depth; depth > 0; depth--) if ($pos.node(depth).marks.some((mark) => types.includes(mark.type))) return true;
  return false;
}

/** The document as if every pending suggestion were rejected (what exports show). */
export function withoutSuggestions(doc: PMNode): PMNode {
  const tr = new Transform(doc);
  return settleSuggestions(tr, false) ? tr.doc : doc;
}

/** Where step `index` of `tr` touched the final document, mark-only steps included. */
function touchedRange(tr: Transaction, step: Step, index: number): [number, number] {
  let from: number;
  let to: number;
  if (step instanceof AddNodeMarkStep || step instanceof RemoveNodeMarkStep || step instanceof AttrStep) [from, to] = [step.pos, step.pos + 1];
  else if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) [from, to] = [step.from, step.to];
  else {
    [from, to] = [Infinity, -Infinity];
    step.getMap().forEach((oldStart, oldEnd) => {
      from = Math.min(from, oldStart);
      to = Math.max(to, oldEnd);
    });
    if (from > to) return [0, 0];
  }
  const after = tr.mapping.slice(index);
  return [after.map(from, -1), Math.max(after.map(from, -1), after.map(to, 1))];
}

/** The id of the same author's suggestion of `type` on a block around `pos` (text typed into their new block joins it). */
function enclosingId(doc: PMNode, pos: number, type: MarkType, author: string): string | null {
  const $pos = doc.resolve(pos);
  for (let depth = $pos.depth; depth > 0; depth--) {
    const mark = $pos.node(depth).marks.find((m) => m.type === type && m.attrs.author === author);
    if (mark) return String(mark.attrs.id);
  }
  return null;
}

/**
 * Where to look for the suggestions next to range `from`–`to` of `doc`: the textblocks it starts
 * and ends in, and one position beyond, which reaches the blocks on either side. Never more, so
 * typing costs the same in a long document.
 */
function neighbourhood(doc: PMNode, from: number, to: number): [number, number] {
  const $from = doc.resolve(from);
  const $to = doc.resolve(to);
  const start = $from.parent.isTextblock ? $from.start() : from;
  const end = $to.parent.isTextblock ? $to.end() : to;
  return [Math.max(0, start - 1), Math.min(doc.content.size, end + 1)];
}

/**
 * The library gives a new piece the id of the suggestion right before it, and relabels the
 * suggestion right after it with that id too, dropping its author. Here: the stretches of
 * `from`–`to` (in `tr`'s document) that were there before `tr`, each with the signed mark of
 * `type` it had then (null for new stretches), so a relabelled suggestion can get its own back.
 */
function earlierMarks(tr: Transaction, from: number, to: number, type: MarkType): [number, number, Mark | null][] {
  const back = tr.mapping.invert();
  const stretches: [number, number, Mark | null][] = [];
  for (let pos = from; pos < to; pos++) {
    const start = back.map(pos, 1);
    // New content maps back to a point; content that was there keeps its length.
    const existed = back.map(pos + 1, -1) - start === 1;
    const mark = (existed && tr.before.nodeAt(start)?.marks.find((m) => m.type === type && m.attrs.author)) || null;
    const last = stretches[stretches.length - 1];
    if (last && (last[2] === mark || (last[2] && mark?.eq(last[2])))) last[1] = pos + 1;
    else stretches.push([pos, pos + 1, mark]);
  }
  return stretches;
}

/**
 * Signs the suggestions `tr` made with `author`: the library creates its marks with an id only.
 * The library also gives a new piece the id of a suggestion right next to it, whoever made that;
 * a piece next to another author's suggestion gets a fresh id instead, so that accepting one
 * person's suggestion never settles another's. Looks only around where the transaction's steps
 * touched, never through the whole document. With `asOne`, every piece the transaction made gets
 * the same id: they are one suggestion.
 */
export function signSuggestions(tr: Transaction, author: string, asOne = false): void {
  if (!author || !tr.docChanged) return;
  const ranges = tr.steps.map((step, i) => touchedRange(tr, step, i));
  const unsigned: { pos: number; node: PMNode; mark: Mark }[] = [];
  const othersIds = new Set<string>();
  for (const [from, to] of ranges) {
    const [start, end] = neighbourhood(tr.doc, from, Math.min(to, tr.doc.content.size));
    tr.doc.nodesBetween(start, end, (node, pos) => {
      for (const mark of node.marks) {
        if (!kindOf(mark)) continue;
        if (mark.attrs.author && mark.attrs.author !== author) othersIds.add(String(mark.attrs.id));
        const touched = pos + node.nodeSize > from && pos < to;
        if (touched && !mark.attrs.author && !unsigned.some((u) => u.pos === pos && u.mark === mark)) unsigned.push({ pos, node, mark });
      }
    });
  }
  const freshIds = new Map<string, string>();
  const freshId = (id: string) => freshIds.get(id) ?? freshIds.set(id, newSuggestionId()).get(id)!;
  let firstId: string | undefined;
  for (const { pos, node, mark } of unsigned) {
    const id = enclosingId(tr.doc, pos, mark.type, author) ?? String(mark.attrs.id);
    const ownId = othersIds.has(id) ? freshId(id) : id;
    firstId ??= ownId;
    const signed = mark.type.create({ ...mark.attrs, id: asOne ? firstId : ownId, author });
    const end = pos + node.nodeSize;
    if (!node.isInline) {
      tr.removeNodeMark(pos, mark);
      tr.addNodeMark(pos, signed);
      continue;
    }
    tr.removeMark(pos, end, mark);
    for (const [from, to, earlier] of earlierMarks(tr, pos, end, mark.type)) {
      tr.addMark(from, to, earlier && earlier.attrs.author !== author ? earlier : signed);
    }
  }
}

/** A replace step cut down to what it really changes (same result), or the step itself. */
function narrowed(step: Step, before: PMNode): Step {
  // Only a step that replaces something can be wider than its change.
  if (!(step instanceof ReplaceStep) || step.from === step.to) return step;
  const after = step.apply(before).doc;
  if (!after) return step;
  const start = before.content.findDiffStart(after.content);
  const end = before.content.findDiffEnd(after.content);
  if (start === null || !end) return step;
  let { a: endBefore, b: endAfter } = end;
  let from = start;
  // Repeated content (an empty block next to a block of the same kind) makes the two ends cross:
  // the change could sit anywhere in the overlap. Put it where it is whole blocks if it can be
  // (a new item inserted, not the next item's line split at its start), else after the start.
  const overlap = start - Math.min(endBefore, endAfter);
  if (overlap > 0) {
    const back = Array.from({ length: overlap + 1 }, (_, i) => i).find((i) => {
      const slice = after.slice(start - i, endAfter + overlap - i);
      return slice.openStart === 0 && slice.openEnd === 0;
    });
    const shift = back ?? 0;
    [from, endBefore, endAfter] = [start - shift, endBefore + overlap - shift, endAfter + overlap - shift];
  }
  if (from <= step.from && endBefore >= step.to) return step;
  return replaceStep(before, from, endBefore, after.slice(from, endAfter)) ?? step;
}

/**
 * Block commands rewrite whole blocks (Enter replaces the item with two items), which as a
 * suggestion would strike out the old block and insert new ones; cut each step down to what
 * it changes first, so a split is a suggested block boundary and typing stays where it was.
 */
export function narrowChanges(tr: Transaction, state: EditorState): Transaction {
  if (!tr.steps.some((step, i) => narrowed(step, tr.docs[i]!) !== step)) return tr;
  const result = state.tr;
  tr.steps.forEach((step, i) => result.step(narrowed(step, tr.docs[i]!)));
  if (tr.selectionSet) result.setSelection(Selection.fromJSON(result.doc, tr.selection.toJSON()));
  if (tr.storedMarksSet) result.setStoredMarks(tr.storedMarks);
  if (tr.scrolledIntoView) result.scrollIntoView();
  // Meta (history, plugin flags) must travel unchanged; the transaction keeps it private.
  (result as unknown as { meta: unknown }).meta = (tr as unknown as { meta: unknown }).meta;
  return result;
}

/**
 * The library maps the cursor back through the original edit and forward through the
 * suggestion, which puts it after a suggested new block instead of inside it. Where the
 * suggestion has the original's shape (same size: nothing struck out), the original cursor holds.
 * Where it does not (a split whose moved text stays struck out in the first half), a cursor at
 * the start of a block's text goes to the start of the same block: the same count of textblocks
 * past where the two documents first differ, not counting struck-out ones (the suggestion keeps
 * what the edit removed, and a whole removed textblock, a moved note, is marked as deleted).
 */
export function keepIntendedSelection(suggestion: Transaction, original: Transaction): void {
  if (!original.selectionSet) return;
  if (original.getMeta(ONE_SUGGESTION) === true && onlyRemoves(original)) {
    // A selection struck out piece by piece: the library maps the caret past the first struck piece, not to its start.
    const start = original.mapping.invert().map(original.selection.head, -1);
    suggestion.setSelection(Selection.near(suggestion.doc.resolve(suggestion.mapping.map(start, -1))));
    return;
  }
  if (suggestion.doc.content.size === original.doc.content.size) {
    suggestion.setSelection(Selection.fromJSON(suggestion.doc, original.selection.toJSON()));
    return;
  }
  const { $cursor } = original.selection as TextSelection;
  const parted = original.doc.content.findDiffStart(suggestion.doc.content);
  if (!$cursor || $cursor.parentOffset !== 0 || parted === null || $cursor.pos <= parted) return;
  const blocksPast = textblockStarts(original.doc, parted, $cursor.pos).length;
  const start = textblockStarts(suggestion.doc, parted, suggestion.doc.content.size, blocksPast)[blocksPast - 1];
  if (start !== undefined) suggestion.setSelection(TextSelection.create(suggestion.doc, start));
}

/** Whether every step of `tr` only takes content out. */
function onlyRemoves(tr: Transaction): boolean {
  let inserts = false;
  for (const map of tr.mapping.maps) map.forEach((_oldStart, _oldEnd, newStart, newEnd) => void (inserts ||= newEnd > newStart));
  return !inserts;
}

/** Where the text of each textblock not struck out starting after `from`, up to `to`, begins (the first `limit` of them). */
function textblockStarts(doc: PMNode, from: number, to: number, limit = Infinity): number[] {
  const { deletion } = suggestionTypes(doc.type.schema);
  const starts: number[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    if (starts.length >= limit) return false;
    if (!node.isTextblock) return true;
    if (pos + 1 > from && pos + 1 <= to && !deletion.isInSet(node.marks)) starts.push(pos + 1);
    return false;
  });
  return starts;
}
