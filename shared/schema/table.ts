/** A table (common on 참고 pages): a caption over rows of plain-text cells, the first row a header. */
import { Node } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { Selection, TextSelection, type Transaction } from '@tiptap/pm/state';
import { taggedAs } from './dom';
import { composingSafe, cursorTextblock, runEdit } from './keys';
import { BLOCK_PARENTS } from './outline';
import { SUGGESTION_GROUP } from './suggestionMark';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    table: {
      /** Inserts a table after the cursor's top-level block and puts the cursor in its caption. */
      insertTable: (size?: { rows?: number; columns?: number }) => ReturnType;
      /** Adds a row under the cursor's row. */
      addTableRow: () => ReturnType;
    };
  }
}

function emptyRow(schema: Schema, columns: number) {
  const { tableRow, tableCell } = schema.nodes;
  return tableRow!.create(null, Array.from({ length: columns }, () => tableCell!.create()));
}

export function emptyTable(schema: Schema, rows: number, columns: number) {
  const { table, tableCaption } = schema.nodes;
  return table!.create(null, [tableCaption!.create(), ...Array.from({ length: rows }, () => emptyRow(schema, columns))]);
}

/**
 * Tab / Shift+Tab: the next or previous cell (the caption comes first), as in a word processor;
 * Tab in the last cell adds a row and goes to its first cell.
 */
function moveInTable(tr: Transaction, direction: 1 | -1): boolean {
  const { $from } = tr.selection;
  let depth = $from.depth;
  while (depth > 0 && $from.node(depth).type.name !== 'table') depth--;
  if (depth === 0 || !$from.parent.isTextblock) return false;
  const tableStart = $from.start(depth);
  const tableEnd = $from.end(depth);
  const next = Selection.findFrom(tr.doc.resolve(direction > 0 ? $from.after() : $from.before()), direction, true);
  if (next && next.from > tableStart && next.from < tableEnd) {
    tr.setSelection(next);
    return true;
  }
  if (direction > 0) {
    tr.insert(tableEnd, emptyRow(tr.doc.type.schema, $from.node(-1).childCount));
    tr.setSelection(TextSelection.create(tr.doc, tableEnd + 2));
  }
  return true;
}

/**
 * Enter in an empty last row: the row goes and a new block follows the table (a □ after a □, a
 * paragraph otherwise), so writing goes on below a table that ends the body or a page.
 */
function leaveTable(tr: Transaction): boolean {
  const $cell = cursorTextblock(tr, 'tableCell');
  if (!$cell) return false;
  const table = $cell.node(-2);
  const lastRow = $cell.index(-2) === table.childCount - 1;
  // The caption and one row stay: a table never loses its last row this way.
  if (!lastRow || $cell.node(-1).textContent !== '' || table.childCount <= 2) return false;
  const { item, paragraph, line } = tr.doc.type.schema.nodes;
  const before = tr.doc.resolve($cell.before(-2)).nodeBefore;
  const next = before?.type === item ? item!.create({ level: 1 }, line!.create()) : paragraph!.create(null, line!.create());
  tr.delete($cell.before(-1), $cell.after(-1));
  const at = tr.mapping.map($cell.after(-2));
  tr.insert(at, next);
  tr.setSelection(TextSelection.create(tr.doc, at + 2));
  return true;
}

export const TableNode = Node.create({
  name: 'table',
  group: 'block',
  content: 'tableCaption tableRow+',
  // Whole blocks inside can be suggested (inserted or deleted) in Suggesting mode.
  marks: SUGGESTION_GROUP,
  isolating: true,
  ...taggedAs('table', 'table'),

  addCommands() {
    return {
      insertTable:
        ({ rows = 3, columns = 3 } = {}) =>
        ({ tr }) => {
          const { $from } = tr.selection;
          let depth = $from.depth;
          while (depth > 0 && !BLOCK_PARENTS.has($from.node(depth - 1).type.name)) depth--;
          if (depth === 0) return false;
          const at = $from.after(depth);
          tr.insert(at, emptyTable(tr.doc.type.schema, Math.max(1, rows), Math.max(1, columns)));
          tr.setSelection(TextSelection.create(tr.doc, at + 2));
          return true;
        },
      addTableRow:
        () =>
        ({ tr }) => {
          const $cell = cursorTextblock(tr, 'tableCell');
          if (!$cell) return false;
          const row = $cell.node(-1);
          const at = $cell.after(-1);
          tr.insert(at, emptyRow(tr.doc.type.schema, row.childCount));
          // Same column in the new row.
          let cellPos = at + 1;
          for (let i = 0; i < $cell.index(-1); i++) cellPos += row.child(i).nodeSize;
          tr.setSelection(TextSelection.create(tr.doc, cellPos + 1));
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return composingSafe({
      // Enter in a cell adds a row (in an empty last row, leaves the table); Enter in the
      // caption goes to the first cell.
      Enter: ({ editor }) => {
        if (runEdit(editor, leaveTable)) return true;
        if (cursorTextblock(editor.state.tr, 'tableCell')) return editor.commands.addTableRow();
        const $caption = cursorTextblock(editor.state.tr, 'tableCaption');
        if (!$caption) return false;
        return editor.commands.setTextSelection($caption.after() + 2);
      },
      Tab: ({ editor }) => runEdit(editor, (tr) => moveInTable(tr, 1)),
      'Shift-Tab': ({ editor }) => runEdit(editor, (tr) => moveInTable(tr, -1)),
    });
  },
});
