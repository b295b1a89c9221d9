// @vitest-environment jsdom
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { releaseFromEditor } from '../document/convert';
import type { EditorNodeJSON } from '../document/envelope';
import { checkEditorContent } from '../schema';
import { cursorAt, documentWith, item, outline, paragraph, press, type } from '../schema/testing';
import { countPendingSuggestions, pendingSuggestions, withoutSuggestions } from './suggestions';
import { destroySuggestingEditors, select, suggesting } from './suggestions.testing';

afterEach(destroySuggestingEditors);

const body = () => documentWith([item(1, '정부는 내년 예산을 확정했다'), paragraph('다음 문단')]);
const bodyText = (editor: Editor) => outline(editor).join('\n').replaceAll('\u200B', '');
const released = (editor: Editor) => releaseFromEditor(editor.getJSON() as EditorNodeJSON);

describe('suggesting mode', () => {
  it('typing is recorded as an insertion signed by the author, not as plain text', () => {
    const { editor } = suggesting(body());
    cursorAt(editor, '내년 ');
    type(editor, '큰 ');
    expect(bodyText(editor)).toContain('정부는 내년 큰 예산을 확정했다');
    const [suggestion] = pendingSuggestions(editor.state.doc);
    expect(suggestion).toMatchObject({ author: '검토자', kinds: ['insertion'], inserted: '큰 ', deleted: '' });
    expect(countPendingSuggestions(editor.state.doc)).toBe(1);
  });

  it('deleting keeps the text, marked as a deletion', () => {
    const { editor } = suggesting(body());
    select(editor, '내년 ');
    editor.commands.deleteSelection();
    expect(bodyText(editor)).toContain('정부는 내년 예산을 확정했다');
    expect(pendingSuggestions(editor.state.doc)).toMatchObject([{ kinds: ['deletion'], deleted: '내년 ', author: '검토자' }]);
  });

  it('with the mode off, edits change the text directly', () => {
    const { editor } = suggesting(body());
    editor.commands.setSuggesting(false);
    cursorAt(editor, '내년 ');
    type(editor, '큰 ');
    expect(pendingSuggestions(editor.state.doc)).toEqual([]);
  });

  it('accepting one and rejecting another settles each alone', () => {
    const { editor, signAs } = suggesting(body());
    select(editor, '내년 ');
    editor.commands.deleteSelection();
    signAs('다른 검토자');
    cursorAt(editor, '다음');
    type(editor, ' 새');
    const [deletion, insertion] = pendingSuggestions(editor.state.doc);
    expect(deletion).toMatchObject({ kinds: ['deletion'], author: '검토자' });
    expect(insertion).toMatchObject({ kinds: ['insertion'], author: '다른 검토자', inserted: ' 새' });

    expect(editor.commands.acceptSuggestions(deletion!.id)).toBe(true);
    expect(bodyText(editor)).toContain('정부는 예산을 확정했다');
    expect(pendingSuggestions(editor.state.doc).map((s) => s.id)).toEqual([insertion!.id]);

    expect(editor.commands.rejectSuggestions(insertion!.id)).toBe(true);
    expect(outline(editor)).toEqual(['item1 정부는 예산을 확정했다', 'paragraph 다음 문단']);
    expect(pendingSuggestions(editor.state.doc)).toEqual([]);
    expect(editor.commands.rejectSuggestions('no-such-id')).toBe(false);
  });

  it('accept all and reject all settle every suggestion', () => {
    const make = () => {
      const { editor } = suggesting(body());
      select(editor, '내년 ');
      editor.commands.deleteSelection();
      cursorAt(editor, '다음');
      type(editor, ' 새');
      return editor;
    };
    const accepted = make();
    accepted.commands.acceptSuggestions();
    expect(outline(accepted)).toEqual(['item1 정부는 예산을 확정했다', 'paragraph 다음 새 문단']);
    const rejected = make();
    rejected.commands.rejectSuggestions();
    expect(outline(rejected)).toEqual(['item1 정부는 내년 예산을 확정했다', 'paragraph 다음 문단']);
    expect(countPendingSuggestions(rejected.state.doc)).toBe(0);
  });

  it('a new block (Enter) is a suggestion too: rejecting removes it, accepting keeps it', () => {
    const split = () => {
      const { editor } = suggesting(body());
      cursorAt(editor, '확정했다');
      press(editor, 'Enter');
      type(editor, '새 항목');
      return editor;
    };
    const rejected = split();
    expect(bodyText(rejected)).toContain('새 항목');
    expect(countPendingSuggestions(rejected.state.doc)).toBeGreaterThan(0);
    rejected.commands.rejectSuggestions();
    expect(outline(rejected)).toEqual(['item1 정부는 내년 예산을 확정했다', 'paragraph 다음 문단']);
    expect(checkEditorContent(rejected.getJSON() as EditorNodeJSON)).toBeNull();

    const accepted = split();
    accepted.commands.acceptSuggestions();
    expect(outline(accepted)).toEqual(['item1 정부는 내년 예산을 확정했다', 'item1 새 항목', 'paragraph 다음 문단']);
  });

  it('undo takes a suggestion back', () => {
    const { editor } = suggesting(body());
    cursorAt(editor, '내년 ');
    type(editor, '큰 ');
    editor.commands.undo();
    expect(pendingSuggestions(editor.state.doc)).toEqual([]);
    expect(outline(editor)[0]).toBe('item1 정부는 내년 예산을 확정했다');
  });

  it('suggestions survive the document JSON (save and reopen)', () => {
    const { editor } = suggesting(body());
    cursorAt(editor, '내년 ');
    type(editor, '큰 ');
    const json = editor.getJSON() as EditorNodeJSON;
    expect(checkEditorContent(json)).toBeNull();
    const { editor: reopened } = suggesting(json);
    expect(pendingSuggestions(reopened.state.doc)).toEqual(pendingSuggestions(editor.state.doc));
  });
});

describe('exports with suggestions pending', () => {
  it('show the text as if every suggestion were rejected', () => {
    const { editor } = suggesting(body());
    const before = released(editor);
    select(editor, '내년 ');
    editor.commands.deleteSelection();
    cursorAt(editor, '다음');
    type(editor, ' 새');
    cursorAt(editor, '문단');
    press(editor, 'Enter');
    type(editor, '새 문단');
    expect(released(editor)).toEqual(before);
    expect(withoutSuggestions(editor.state.doc).textContent).not.toContain('새');
  });
});
