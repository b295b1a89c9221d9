/**
 * Tracked suggestions (Suggesting mode) as the review feature sees them: the insertion, deletion
 * and modification marks of @handlewithcare/prosemirror-suggest-changes, each with the id of
 * its suggestion and the name of its author. Here: listing them, signing new ones, and settling
 * them (accept or reject) one at a time or all at once. Rejecting everything is also how exports
 * see a document with suggestions pending: as if none had been made.
 */
import type { Mark, MarkType, Node as PMNode, Schema } from '@tiptap/pm/model';
import { Selection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { AddMarkStep, AddNodeMarkStep, AttrStep, RemoveMarkStep, RemoveNodeMarkStep, ReplaceStep, replaceStep, Transform, type Step } from '@tiptap/pm/transform';

export type SuggestionKind = 'insertion' | 'deletion' | 'modification';
export const SUGGESTION_KINDS: readonly SuggestionKind[] = ['insertion', 'deletion', 'modification'];

/** One suggestion: what it adds and removes, who made it, and where it starts. */
export type Suggestion = {
  id: string;
  author: string | null;
  kinds: SuggestionKind[];
  inserted: string;
  deleted: string;
  /** Position of its first piece, for selecting it. */
  from: number;
};

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

/** Every pending suggestion in reading order. Walks the whole document: call it lazily. */
export function pendingSuggestions(doc: PMNode): Suggestion[] {
  const byId = new Map<string, Suggestion>();
  doc.descendants((node, pos) => {
    for (const mark of node.marks) {
      const kind = kindOf(mark);
      if (!kind) continue;
      const id = String(mark.attrs.id);
      let suggestion = byId.get(id);
      if (!suggestion) {
        suggestion = { id, author: (mark.attrs.author as string | null) ?? null, kinds: [], inserted: '', deleted: '', from: pos };
        byId.set(id, suggestion);
      }
      if (!suggestion.kinds.includes(kind)) suggestion.kinds.push(kind);
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
        if (!accept) restoreModified(tr, pos, mark);
        tr.removeNodeMark(pos, mark);
      }
    }
    return true;
  });

  // Then the removals, last first, so that each one's positions still hold.
  for (const [from, to] of removals.sort((a, b) => b[0] - a[0])) tr.delete(from, to);
  return found;
}

function restoreModified(tr: Transform, pos: number, modification: Mark): void {
  const { type, attrName, previousValue } = modification.attrs as { type: string; attrName: string | null; previousValue: unknown };
  if (type === 'attr' && attrName) tr.setNodeAttribute(pos, attrName, previousValue);
  const previousType = type === 'nodeType' && typeof previousValue === 'string' ? tr.doc.type.schema.nodes[previousValue] : undefined;
  if (previousType) tr.setNodeMarkup(pos, previousType);
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

/**
 * Signs the suggestions `tr` made with `author`: the library creates its marks with an id only.
 * Looks only where the transaction's steps touched, never through the whole document.
 */
export function signSuggestions(tr: Transaction, author: string): void {
  if (!author || !tr.docChanged) return;
  const ranges = tr.steps.map((step, i) => touchedRange(tr, step, i));
  const unsigned: { pos: number; node: PMNode; mark: Mark }[] = [];
  for (const [from, to] of ranges) {
    tr.doc.nodesBetween(from, Math.min(to, tr.doc.content.size), (node, pos) => {
      for (const mark of node.marks) if (kindOf(mark) && !mark.attrs.author && !unsigned.some((u) => u.pos === pos && u.mark === mark)) unsigned.push({ pos, node, mark });
    });
  }
  for (const { pos, node, mark } of unsigned) {
    const signed = mark.type.create({ ...mark.attrs, author });
    if (node.isInline) {
      tr.removeMark(pos, pos + node.nodeSize, mark);
      tr.addMark(pos, pos + node.nodeSize, signed);
    } else {
      tr.removeNodeMark(pos, mark);
      tr.addNodeMark(pos, signed);
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
  // Repeated content can make the two ends cross; keep the change after the start.
  const overlap = start - Math.min(endBefore, endAfter);
  if (overlap > 0) [endBefore, endAfter] = [endBefore + overlap, endAfter + overlap];
  if (start <= step.from && endBefore >= step.to) return step;
  return replaceStep(before, start, endBefore, after.slice(start, endAfter)) ?? step;
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
 */
export function keepIntendedSelection(suggestion: Transaction, original: Transaction): void {
  if (!original.selectionSet || suggestion.doc.content.size !== original.doc.content.size) return;
  suggestion.setSelection(Selection.fromJSON(suggestion.doc, original.selection.toJSON()));
}
