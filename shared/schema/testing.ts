/**
 * Builders and probes for the schema's tests: documents written as short JSON, a readable
 * outline of the body to assert on, and keys and typing as a user would send them.
 */
import { Editor } from '@tiptap/core';
import type { EditorNodeJSON } from '../document/envelope';
import { bodoExtensions } from './index';

const text = (value: string): EditorNodeJSON[] => (value ? [{ type: 'text', text: value }] : []);

export const line = (value: string, ...inline: EditorNodeJSON[]): EditorNodeJSON => ({
  type: 'line',
  content: [...text(value), ...inline],
});
export const ref = (id: string): EditorNodeJSON => ({ type: 'noteRef', attrs: { id } });
export const note = (value: string, id: string | null = null): EditorNodeJSON => ({ type: 'note', attrs: { id }, content: text(value) });
export const item = (level: number, first: string | EditorNodeJSON, ...rest: EditorNodeJSON[]): EditorNodeJSON => ({
  type: 'item',
  attrs: { level },
  content: [typeof first === 'string' ? line(first) : first, ...rest],
});
export const paragraph = (first: string | EditorNodeJSON, ...rest: EditorNodeJSON[]): EditorNodeJSON => ({
  type: 'paragraph',
  content: [typeof first === 'string' ? line(first) : first, ...rest],
});
export const textNode = (type: string, value: string): EditorNodeJSON => ({ type, content: text(value) });

export function documentWith(body: EditorNodeJSON[], extra: { subtitles?: string[]; attachments?: EditorNodeJSON[] } = {}): EditorNodeJSON {
  return {
    type: 'doc',
    attrs: { language: 'ko' },
    content: [
      { type: 'header', content: [{ type: 'agency' }, { type: 'embargo' }, { type: 'distribution' }] },
      textNode('title', '제목'),
      ...(extra.subtitles ?? []).map((s) => textNode('subtitle', s)),
      { type: 'body', content: body },
      ...(extra.attachments ?? []),
      { type: 'contacts' },
    ],
  };
}

const liveEditors = new Set<Editor>();

export function editorWith(content: EditorNodeJSON): Editor {
  const editor = new Editor({ extensions: bodoExtensions(), content });
  liveEditors.add(editor);
  return editor;
}

/** Destroys the tests' editors, so none of TipTap's deferred work runs after the DOM is gone. */
export function destroyEditors(): void {
  for (const editor of liveEditors) editor.destroy();
  liveEditors.clear();
}

/** Cursor just after the first occurrence of `needle` (or at `offset` into it). */
export function cursorAt(editor: Editor, needle: string, offset = needle.length): void {
  let found: number | null = null;
  editor.state.doc.descendants((node, pos) => {
    if (found !== null) return false;
    if (node.isText && node.text!.includes(needle)) found = pos + node.text!.indexOf(needle) + offset;
    return true;
  });
  if (found === null) throw new Error(`"${needle}" not in the document`);
  editor.commands.setTextSelection(found);
}

/** Cursor in the n-th empty textblock of a type. */
export function cursorInEmpty(editor: Editor, type: string, n = 0): void {
  let seen = 0;
  let found: number | null = null;
  editor.state.doc.descendants((node, pos) => {
    if (found === null && node.type.name === type && node.content.size === 0 && seen++ === n) found = pos + 1;
    return found === null;
  });
  if (found === null) throw new Error(`no empty ${type}`);
  editor.commands.setTextSelection(found);
}

export function press(editor: Editor, key: string, modifiers: { shiftKey?: boolean; ctrlKey?: boolean; altKey?: boolean } = {}): boolean {
  const event = new KeyboardEvent('keydown', { key, ...modifiers });
  return !!editor.view.someProp('handleKeyDown', (handle) => handle(editor.view, event));
}

/** Types text one character at a time through the input-rule path, as the browser would. */
export function type(editor: Editor, value: string): void {
  for (const char of value) {
    const { from, to } = editor.state.selection;
    const handled = editor.view.someProp('handleTextInput', (handle) => handle(editor.view, from, to, char, () => editor.state.tr.insertText(char, from, to)));
    if (!handled) editor.view.dispatch(editor.state.tr.insertText(char, from, to));
  }
}

/** Marks the view as mid-IME-composition (what the browser does between compositionstart and end). */
export function setComposing(editor: Editor, composing: boolean): void {
  (editor.view as unknown as { input: { composing: boolean } }).input.composing = composing;
}

/** The body (or any block list) as indented lines: "item2 text", "note text", "remark text" … */
export function outline(editor: Editor, container = 'body'): string[] {
  const out: string[] = [];
  const walk = (node: import('@tiptap/pm/model').Node, depth: number) => {
    node.forEach((child, _offset, index) => {
      const pad = '  '.repeat(depth);
      const name = child.type.name;
      if (name === 'line' || name === 'attachmentTitle') return;
      if (name === 'item' || name === 'paragraph') {
        const lineText = lineToText(child.child(0));
        out.push(`${pad}${name === 'item' ? `item${child.attrs.level}` : 'paragraph'} ${lineText}`.trimEnd());
        walk(child, depth + 1);
      } else if (name === 'note') {
        out.push(`${pad}note ${child.textContent}`.trimEnd());
      } else {
        out.push(`${pad}${name} ${child.textContent}`.trimEnd());
      }
      void index;
    });
  };
  editor.state.doc.forEach((child) => {
    if (child.type.name === container) walk(child, 0);
  });
  return out;
}

function lineToText(lineNode: import('@tiptap/pm/model').Node): string {
  let result = '';
  lineNode.forEach((child) => {
    result += child.isText ? child.text : '*';
  });
  return result;
}

/** The text of the textblock holding the cursor, with a | at the cursor. */
export function caret(editor: Editor): string {
  const { $from } = editor.state.selection;
  const value = $from.parent.textBetween(0, $from.parent.content.size, undefined, '*');
  const offset = $from.parent.textBetween(0, $from.parentOffset, undefined, '*').length;
  return `${$from.parent.type.name}:${value.slice(0, offset)}|${value.slice(offset)}`;
}
