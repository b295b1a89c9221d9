/** An editor in Suggesting mode for the suggestion tests, signing as an author the test can change. */
import { Editor } from '@tiptap/core';
import { expect } from 'vitest';
import type { EditorNodeJSON } from '../document/envelope';
import { bodoExtensions, checkEditorContent } from '../schema';
import type { SuggestionRefusal } from '../schema/blockEditing';
import { SuggestChanges } from '../schema/suggestChanges';
import { suggestChangesKey } from '@handlewithcare/prosemirror-suggest-changes';
import { cursorAt, outline } from '../schema/testing';
import { pendingSuggestions } from './suggestions';

const editors: Editor[] = [];

/** `refusals`: the reasons of the edits Suggesting mode refused, in order. */
export function suggesting(content: EditorNodeJSON, author = '검토자'): { editor: Editor; signAs: (name: string) => void; refusals: SuggestionRefusal[] } {
  let name = author;
  const editor = new Editor({ extensions: [...bodoExtensions({ placeholders: false }), SuggestChanges.configure({ author: () => name })], content });
  editors.push(editor);
  editor.commands.setSuggesting(true);
  const refusals: SuggestionRefusal[] = [];
  editor.on('suggestionRefused', ({ reason }) => refusals.push(reason));
  return { editor, signAs: (next) => (name = next), refusals };
}

/** Destroys the editors made so far (call after each test). */
export function destroySuggestingEditors(): void {
  editors.splice(0).forEach((editor) => editor.destroy());
}

/** Selects the first occurrence of `needle`. */
export function select(editor: Editor, needle: string): void {
  cursorAt(editor, needle, 0);
  const from = editor.state.selection.from;
  editor.commands.setTextSelection({ from, to: from + needle.length });
}

/** Marks the item whose text is `text` as suggested for deletion by 김과장 (as accepting someone's strike would need). */
export function suggestBlockDeleted(editor: Editor, text: string): void {
  let blockPos = -1;
  editor.state.doc.descendants((node, pos) => {
    if (node.type.name === 'item' && node.textContent === text) blockPos = pos;
  });
  const strikeOut = editor.state.tr.addNodeMark(blockPos, editor.schema.marks.deletion!.create({ id: 'd', author: '김과장' }));
  editor.view.dispatch(strikeOut.setMeta(suggestChangesKey, { skip: true }));
}

const holdsSchema = (editor: Editor) => expect(checkEditorContent(editor.getJSON() as EditorNodeJSON)).toBeNull();

/**
 * `edit` made in Suggesting mode on `content`, then what rejecting and accepting everything
 * leave, as outlines. The schema must hold after each, rejecting must give back the document
 * exactly, and accepting must leave nothing pending.
 */
export function settled(content: EditorNodeJSON, edit: (editor: Editor) => void): { edited: string[]; rejected: string[]; accepted: string[] } {
  const make = () => {
    const { editor } = suggesting(content);
    edit(editor);
    holdsSchema(editor);
    return editor;
  };
  const edited = outline(make());
  const rejecting = make();
  rejecting.commands.rejectSuggestions();
  holdsSchema(rejecting);
  expect(rejecting.getJSON()).toEqual(suggesting(content).editor.getJSON());
  const accepting = make();
  accepting.commands.acceptSuggestions();
  holdsSchema(accepting);
  expect(pendingSuggestions(accepting.state.doc)).toEqual([]);
  return { edited, rejected: outline(rejecting), accepted: outline(accepting) };
}
