/**
 * Shared pieces of the keyboard behaviour. Every handler steps aside while an IME composes
 * (Korean is typed through one), so a key never cuts a syllable in half.
 */
import type { Editor } from '@tiptap/core';
import type { Node as PMNode, ResolvedPos } from '@tiptap/pm/model';
import { TextSelection, type Transaction } from '@tiptap/pm/state';

type KeyHandler = (props: { editor: Editor }) => boolean;

/** Runs an edit on a fresh transaction and dispatches it only when the edit applies. */
export function runEdit(editor: Editor, edit: (tr: Transaction) => boolean): boolean {
  const tr = editor.state.tr;
  if (!edit(tr)) return false;
  editor.view.dispatch(tr.scrollIntoView());
  return true;
}

/** Wraps each handler so it does nothing during composition. */
export function composingSafe(shortcuts: Record<string, KeyHandler>): Record<string, KeyHandler> {
  const wrapped: Record<string, KeyHandler> = {};
  for (const [key, handler] of Object.entries(shortcuts)) {
    wrapped[key] = (props) => (props.editor.view.composing ? false : handler(props));
  }
  return wrapped;
}

/** The textblock holding an empty cursor, when it is of the given type. */
export function cursorTextblock(tr: Transaction, typeName: string) {
  const { selection } = tr;
  if (!(selection instanceof TextSelection) || !selection.$cursor) return null;
  const $cursor = selection.$cursor;
  return $cursor.parent.type.name === typeName ? $cursor : null;
}

/** A key that edits only when an empty cursor sits in a textblock of the given type. */
export function keyInTextblock(
  typeName: string,
  edit: (tr: Transaction, $cursor: ResolvedPos) => boolean,
): KeyHandler {
  return ({ editor }) =>
    runEdit(editor, (tr) => {
      const $cursor = cursorTextblock(tr, typeName);
      return $cursor !== null && edit(tr, $cursor);
    });
}

/** The start of the first textblock's content at or after `pos`. */
export function nextTextblockStart(doc: PMNode, pos: number): number | null {
  let target: number | null = null;
  doc.nodesBetween(pos, doc.content.size, (node, nodePos) => {
    if (target !== null) return false;
    if (node.isTextblock) {
      target = nodePos + 1;
      return false;
    }
    return true;
  });
  return target;
}

/** Puts the cursor at the start of the first textblock at or after `pos`. */
export function selectTextblockFrom(tr: Transaction, pos: number): boolean {
  const target = nextTextblockStart(tr.doc, pos);
  if (target === null) return false;
  tr.setSelection(TextSelection.create(tr.doc, target));
  return true;
}

/**
 * Enter at the end of a filled row moves into the empty row of the same kind just below it
 * (the one a template left there) rather than adding another above that empty one.
 */
export function enterEmptyRowBelow(tr: Transaction, typeName: string): boolean {
  const $cursor = cursorTextblock(tr, typeName);
  if (!$cursor || $cursor.parent.content.size === 0 || $cursor.parentOffset !== $cursor.parent.content.size) return false;
  const below = tr.doc.resolve($cursor.after()).nodeAfter;
  if (below?.type !== $cursor.parent.type || below.content.size > 0) return false;
  tr.setSelection(TextSelection.create(tr.doc, $cursor.after() + 1));
  return true;
}

/** Keys for a one-line field: Enter moves on to the next field; Backspace never leaves it. */
export function oneLineFieldKeys(typeName: string): Record<string, KeyHandler> {
  return composingSafe({
    Enter: keyInTextblock(typeName, (tr, $cursor) => selectTextblockFrom(tr, $cursor.after())),
    Backspace: keyInTextblock(typeName, (_tr, $cursor) => $cursor.parentOffset === 0),
  });
}
