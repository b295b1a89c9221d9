/**
 * A `*` note under the block holding the marked term (house-style §3). Its marker is its
 * position in the block (a CSS counter). A plugin keeps each touched block's notes in the
 * order of its refs and deletes the note of a deleted ref in the same undo step; notes
 * without a ref (pasted text often loses the `*`) are allowed and stay after the others.
 */
import { Node } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { TextSelection, type Transaction } from '@tiptap/pm/state';
import { getChangedRanges } from '@tiptap/core';
import { lineMarkerRule, refIdsIn, splitBlock, turnIntoNoteAbove } from './blockEditing';
import { tidyChangesPlugin } from './changedRanges';
import { noteIdAttribute, taggedAs } from './dom';
import { composingSafe, cursorTextblock, keyInTextblock, runEdit } from './keys';
import { newNoteId } from './noteIds';
import type { EntryKind } from './outline';
import { SHORTCUTS } from './shortcuts';

const NOTE_HOLDERS = new Set(['item', 'paragraph']);

function refIdsBetween(doc: PMNode, from: number, to: number, into: Set<string>): void {
  doc.nodesBetween(from, to, (node) => {
    if (node.type.name === 'noteRef' && typeof node.attrs.id === 'string') into.add(node.attrs.id);
    return !node.isTextblock || node.type.name === 'line';
  });
}

/** Whether any step of `tr` took content out (typing only adds: the common case skips the search). */
function removesContent(tr: Transaction): boolean {
  let removes = false;
  for (const map of tr.mapping.maps) map.forEach((oldStart, oldEnd) => void (removes ||= oldEnd > oldStart));
  return removes;
}

/** Ids of refs a batch of transactions deleted (a ref only moved within a change is kept). */
function deletedRefIds(transactions: readonly Transaction[]): Set<string> {
  const deleted = new Set<string>();
  for (const tr of transactions) {
    if (!tr.docChanged || !removesContent(tr)) continue;
    for (const { oldRange, newRange } of getChangedRanges(tr)) {
      const before = new Set<string>();
      const after = new Set<string>();
      refIdsBetween(tr.before, oldRange.from, oldRange.to, before);
      refIdsBetween(tr.doc, newRange.from, newRange.to, after);
      for (const id of before) if (!after.has(id)) deleted.add(id);
    }
  }
  return deleted;
}

/** Drops the notes of deleted refs and orders the rest: by ref, then unreferenced ones. */
function tidyNotes(tr: Transaction, blockPos: number, deleted: ReadonlySet<string>): void {
  const block = tr.doc.nodeAt(blockPos);
  if (!block || !NOTE_HOLDERS.has(block.type.name)) return;
  const line = block.child(0);
  const notes: PMNode[] = [];
  block.forEach((child) => {
    if (child.type.name === 'note') notes.push(child);
  });
  if (notes.length === 0) return;
  const refIds = refIdsIn(line);
  const referenced = new Set(refIds);
  const kept = notes.filter((note) => referenced.has(note.attrs.id as string) || !deleted.has(note.attrs.id as string));
  const placed = new Set<PMNode>();
  const ordered: PMNode[] = [];
  for (const id of refIds) {
    const note = kept.find((n) => n.attrs.id === id && !placed.has(n));
    if (note) {
      placed.add(note);
      ordered.push(note);
    }
  }
  ordered.push(...kept.filter((note) => !placed.has(note)));
  if (ordered.length === notes.length && ordered.every((note, i) => note === notes[i])) return;
  const start = blockPos + 1 + line.nodeSize;
  const end = start + notes.reduce((size, note) => size + note.nodeSize, 0);
  tr.replaceWith(start, end, ordered);
}

/** Deletes the note the cursor is in, with its refs, leaving the cursor where the note was read from. */
function deleteNoteAtCursor(tr: Transaction): boolean {
  const $cursor = cursorTextblock(tr, 'note');
  if (!$cursor) return false;
  const id = $cursor.parent.attrs.id;
  const blockPos = $cursor.before(-1);
  tr.delete($cursor.before(), $cursor.after());
  const block = tr.doc.nodeAt(blockPos)!;
  const lineStart = blockPos + 2;
  const refs: number[] = [];
  block.child(0).forEach((child, offset) => {
    if (child.type.name === 'noteRef' && child.attrs.id === id) refs.push(lineStart + offset);
  });
  for (const pos of refs.reverse()) tr.delete(pos, pos + 1);
  tr.setSelection(TextSelection.near(tr.doc.resolve(tr.mapping.map($cursor.before())), -1));
  return true;
}

/** Back to the block's text, just after the note's ref (at the end of the line when it has none). */
function leaveNote(tr: Transaction): boolean {
  const $cursor = cursorTextblock(tr, 'note');
  if (!$cursor) return false;
  const line = $cursor.node(-1).child(0);
  const lineStart = $cursor.start(-1) + 1;
  let target = lineStart + line.content.size;
  line.forEach((child, offset) => {
    if (child.type.name === 'noteRef' && child.attrs.id === $cursor.parent.attrs.id) target = lineStart + offset + 1;
  });
  tr.setSelection(TextSelection.create(tr.doc, target));
  return true;
}

/**
 * Enter on an empty note: the note goes and a new block follows its owner's line (as a
 * suggestion, in Suggesting mode: see `splitBlock`). False when the cursor is not in an empty note.
 */
export function leaveEmptyNote(tr: Transaction, asSuggestion: boolean): boolean {
  const { $cursor } = tr.selection as TextSelection;
  if (!$cursor || $cursor.parent.type.name !== 'note' || $cursor.parent.content.size > 0) return false;
  const ownerKind = $cursor.node(-1).type.name as EntryKind;
  const lineEnd = $cursor.start(-1) + $cursor.node(-1).child(0).nodeSize - 1;
  tr.delete($cursor.before(), $cursor.after());
  tr.setSelection(TextSelection.create(tr.doc, lineEnd));
  return splitBlock(tr, ownerKind, asSuggestion);
}

export const NoteNode = Node.create({
  name: 'note',
  content: 'text*',
  ...taggedAs('p', 'note'),

  addAttributes() {
    return { id: noteIdAttribute };
  },

  addKeyboardShortcuts() {
    return composingSafe({
      // Enter starts another note; Enter on an empty note leaves the notes for a new block.
      Enter: keyInTextblock(this.name, (tr, $cursor) => {
        if ($cursor.parent.content.size > 0) {
          tr.split($cursor.pos, 1, [{ type: this.type, attrs: { id: newNoteId() } }]);
          tr.setSelection(TextSelection.create(tr.doc, $cursor.pos + 2));
          return true;
        }
        return leaveEmptyNote(tr, false);
      }),
      // Esc (Shift+Esc closes a note in Hangul) goes back to the text, to go on after the marked term.
      [SHORTCUTS.leaveNote]: ({ editor }) => runEdit(editor, leaveNote),
      [`Shift-${SHORTCUTS.leaveNote}`]: ({ editor }) => runEdit(editor, leaveNote),
      // Backspace in an empty note deletes it and its ref; otherwise it never leaves the note.
      Backspace: keyInTextblock(this.name, (tr, $cursor) => {
        if ($cursor.parentOffset > 0) return false;
        return $cursor.parent.content.size === 0 ? deleteNoteAtCursor(tr) : true;
      }),
    });
  },

  addInputRules() {
    return [
      lineMarkerRule(/^\* $/, turnIntoNoteAbove),
    ];
  },

  addProseMirrorPlugins() {
    return [
      tidyChangesPlugin((tr, ranges, transactions) => {
        const deleted = deletedRefIds(transactions);
        const blocks = new Set<number>();
        for (const { from, to } of ranges) {
          tr.doc.nodesBetween(from, to, (node, pos) => {
            if (NOTE_HOLDERS.has(node.type.name)) blocks.add(pos);
            return !node.isTextblock;
          });
        }
        // Last block first, so positions of the ones before stay valid.
        for (const pos of [...blocks].sort((a, b) => b - a)) tidyNotes(tr, pos, deleted);
      }),
    ];
  },
});
