// @vitest-environment jsdom
/** Suggesting mode: level changes (Tab, Shift+Tab) as "level changed" suggestions, and one id per author. */
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { releaseFromEditor } from '../document/convert';
import type { EditorNodeJSON } from '../document/envelope';
import { checkEditorContent } from '../schema';
import { caret, cursorAt, documentWith, item, outline, paragraph, press, type } from '../schema/testing';
import { pendingSuggestions, withoutSuggestions } from './suggestions';
import { destroySuggestingEditors, select, suggestBlockDeleted, suggesting } from './suggestions.testing';

afterEach(destroySuggestingEditors);

const tab = (editor: Editor, shiftKey = false) => press(editor, 'Tab', { shiftKey });

/** 정책 과제 has a child; 세부 사업 sits under it; 다음 과제 follows at the top. */
const nested = () =>
  documentWith([item(1, '정책 과제'), item(1, '두번째 과제', item(2, '세부 사업')), item(1, '다음 과제'), paragraph('맺는 문단')]);
const ORIGINAL = ['item1 정책 과제', 'item1 두번째 과제', '  item2 세부 사업', 'item1 다음 과제', 'paragraph 맺는 문단'];
const INDENTED = ['item1 정책 과제', '  item2 두번째 과제', '    item3 세부 사업', 'item1 다음 과제', 'paragraph 맺는 문단'];

function tabbed(): Editor {
  const { editor } = suggesting(nested());
  cursorAt(editor, '두번째');
  expect(tab(editor)).toBe(true);
  return editor;
}

describe('a level change in Suggesting mode', () => {
  it('moves the block with its children and is one "level changed" suggestion, nothing struck out', () => {
    const editor = tabbed();
    expect(outline(editor)).toEqual(INDENTED);
    const suggestions = pendingSuggestions(editor.state.doc);
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]).toMatchObject({
      author: '검토자',
      kinds: ['modification'],
      inserted: '',
      deleted: '',
      level: { previousKind: 'item', previousLevel: 1, kind: 'item', level: 2 },
    });
    expect(checkEditorContent(editor.getJSON() as EditorNodeJSON)).toBeNull();
    // Going to it from the panel puts the caret at the start of the moved block's text.
    editor.commands.setTextSelection(suggestions[0]!.from);
    expect(caret(editor)).toBe('line:|두번째 과제');
  });

  it('accepting keeps the new level and leaves no suggestion', () => {
    const editor = tabbed();
    expect(editor.commands.acceptSuggestions(pendingSuggestions(editor.state.doc)[0]!.id)).toBe(true);
    expect(outline(editor)).toEqual(INDENTED);
    expect(pendingSuggestions(editor.state.doc)).toEqual([]);
  });

  it('rejecting moves the block and its children back: the document is the original again', () => {
    const { editor } = suggesting(nested());
    const original = editor.state.doc;
    cursorAt(editor, '두번째');
    tab(editor);
    expect(editor.commands.rejectSuggestions(pendingSuggestions(editor.state.doc)[0]!.id)).toBe(true);
    expect(outline(editor)).toEqual(ORIGINAL);
    expect(editor.state.doc.eq(original)).toBe(true);
  });

  it('accept all and reject all handle level changes among other suggestions', () => {
    const make = () => {
      const editor = tabbed();
      cursorAt(editor, '다음');
      type(editor, ' 새');
      cursorAt(editor, '다음');
      tab(editor, true);
      cursorAt(editor, '세부');
      tab(editor, true);
      return editor;
    };
    const rejected = make();
    const original = suggesting(nested()).editor.getJSON();
    expect(pendingSuggestions(rejected.state.doc).map((s) => s.kinds)).toEqual([['modification'], ['modification'], ['insertion']]);
    rejected.commands.rejectSuggestions();
    expect(outline(rejected)).toEqual(ORIGINAL);
    expect(rejected.getJSON()).toEqual(original);

    const accepted = make();
    const before = outline(accepted);
    accepted.commands.acceptSuggestions();
    expect(outline(accepted)).toEqual(before.map((line) => line.replace('다음 과제', '다음 새 과제')));
    expect(pendingSuggestions(accepted.state.doc)).toEqual([]);
  });

  it('exports see the document as it was before the moves', () => {
    const { editor } = suggesting(nested());
    const original = editor.state.doc;
    const before = releaseFromEditor(editor.getJSON() as EditorNodeJSON);
    cursorAt(editor, '두번째');
    tab(editor);
    cursorAt(editor, '다음');
    tab(editor);
    expect(outline(editor)).toEqual(['item1 정책 과제', '  item2 두번째 과제', '    item3 세부 사업', '  item2 다음 과제', 'paragraph 맺는 문단']);
    expect(withoutSuggestions(editor.state.doc).eq(original)).toBe(true);
    expect(releaseFromEditor(editor.getJSON() as EditorNodeJSON)).toEqual(before);
  });

  it('tabbing again updates the same suggestion; tabbing back to where it was removes it', () => {
    const { editor } = suggesting(documentWith([item(1, '정책 과제', item(2, '세부 사업')), item(1, '다음 과제')]));
    const original = editor.state.doc;
    cursorAt(editor, '다음');
    tab(editor);
    const [first] = pendingSuggestions(editor.state.doc);
    tab(editor);
    expect(outline(editor)).toEqual(['item1 정책 과제', '  item2 세부 사업', '    item3 다음 과제']);
    expect(pendingSuggestions(editor.state.doc)).toMatchObject([{ id: first!.id, level: { previousLevel: 1, level: 3 } }]);
    tab(editor, true);
    expect(pendingSuggestions(editor.state.doc)).toMatchObject([{ id: first!.id, level: { previousLevel: 1, level: 2 } }]);
    tab(editor, true);
    expect(pendingSuggestions(editor.state.doc)).toEqual([]);
    expect(editor.state.doc.eq(original)).toBe(true);
  });

  it('another author moving the block again makes it their suggestion, rejected back to the original level', () => {
    const { editor, signAs } = suggesting(documentWith([item(1, '정책 과제', item(2, '세부 사업')), item(1, '다음 과제')]), '김과장');
    const original = editor.state.doc;
    cursorAt(editor, '다음');
    tab(editor);
    signAs('박국장');
    tab(editor);
    expect(pendingSuggestions(editor.state.doc)).toMatchObject([{ author: '박국장', level: { previousLevel: 1, level: 3 } }]);
    editor.commands.rejectSuggestions(pendingSuggestions(editor.state.doc)[0]!.id);
    expect(editor.state.doc.eq(original)).toBe(true);
  });

  it('a paragraph tabbed into an item goes back to being a paragraph when rejected', () => {
    const { editor } = suggesting(documentWith([item(1, '정책 과제'), paragraph('설명 문단')]));
    const original = editor.state.doc;
    cursorAt(editor, '설명');
    tab(editor);
    expect(outline(editor)).toEqual(['item1 정책 과제', '  item2 설명 문단']);
    expect(pendingSuggestions(editor.state.doc)[0]!.level).toEqual({ previousKind: 'paragraph', previousLevel: 1, kind: 'item', level: 2 });
    editor.commands.rejectSuggestions();
    expect(editor.state.doc.eq(original)).toBe(true);
  });

  it('a new block (Enter before a block of the same kind) tabbed in is one insertion, settled whole', () => {
    const make = () => {
      const { editor } = suggesting(documentWith([item(1, '정책 과제'), item(1, '다음 과제')]));
      cursorAt(editor, '정책 과제');
      press(editor, 'Enter');
      expect(caret(editor)).toBe('line:|');
      tab(editor);
      type(editor, '새 줄');
      expect(pendingSuggestions(editor.state.doc)).toMatchObject([{ kinds: ['insertion'] }]);
      return editor;
    };
    const rejected = make();
    rejected.commands.rejectSuggestions();
    expect(outline(rejected)).toEqual(['item1 정책 과제', 'item1 다음 과제']);
    const accepted = make();
    accepted.commands.acceptSuggestions();
    expect(outline(accepted)).toEqual(['item1 정책 과제', '  item2 새 줄', 'item1 다음 과제']);
  });

  it('a block suggested for deletion is not moved (its deletion stays pending)', () => {
    const { editor } = suggesting(documentWith([item(1, '정책 과제'), item(1, '다음 과제')]));
    suggestBlockDeleted(editor, '다음 과제');
    cursorAt(editor, '다음');
    tab(editor);
    expect(outline(editor)).toEqual(['item1 정책 과제', 'item1 다음 과제']);
    expect(pendingSuggestions(editor.state.doc)).toMatchObject([{ id: 'd', kinds: ['deletion'] }]);
  });

  it('a block is not tabbed into a suggested new block (rejecting that would remove it too)', () => {
    const { editor } = suggesting(documentWith([item(1, '정책 과제'), item(1, '다음 과제')]));
    cursorAt(editor, '정책 과제');
    press(editor, 'Enter');
    type(editor, '새 줄');
    const before = outline(editor);
    cursorAt(editor, '다음');
    tab(editor);
    expect(outline(editor)).toEqual(before);
    editor.commands.rejectSuggestions();
    expect(outline(editor)).toEqual(['item1 정책 과제', 'item1 다음 과제']);
  });

  it('with the mode off, Tab just changes the level', () => {
    const { editor } = suggesting(nested());
    editor.commands.setSuggesting(false);
    cursorAt(editor, '두번째');
    tab(editor);
    expect(outline(editor)).toEqual(INDENTED);
    expect(pendingSuggestions(editor.state.doc)).toEqual([]);
  });
});

describe('block suggestions and restructuring nearby', () => {
  it('a pending level suggestion survives restructuring next to it (Tab, Enter)', () => {
    const { editor } = suggesting(nested());
    cursorAt(editor, '두번째');
    tab(editor);
    editor.commands.setSuggesting(false);
    // Restructuring around the marked block (Tab, then Enter) rebuilds it: its mark must come along.
    cursorAt(editor, '다음');
    tab(editor);
    cursorAt(editor, '정책 과제');
    press(editor, 'Enter');
    expect(pendingSuggestions(editor.state.doc)).toHaveLength(1);
    expect(pendingSuggestions(editor.state.doc)[0]!.level).toMatchObject({ previousLevel: 1, level: 2 });
  });
});

describe('two reviewers next to each other', () => {
  const line = () => documentWith([item(1, '정부는 예산을 확정했다')]);

  it('typing right after another author’s insertion is a suggestion of its own', () => {
    const { editor, signAs } = suggesting(line(), '김과장');
    cursorAt(editor, '정부는 ');
    type(editor, '내년 ');
    signAs('박국장');
    type(editor, '큰 ');
    const suggestions = pendingSuggestions(editor.state.doc);
    expect(suggestions.map((s) => [s.author, s.inserted])).toEqual([
      ['김과장', '내년 '],
      ['박국장', '큰 '],
    ]);
    editor.commands.acceptSuggestions(suggestions[1]!.id);
    expect(pendingSuggestions(editor.state.doc)).toMatchObject([{ author: '김과장', inserted: '내년 ' }]);
    editor.commands.rejectSuggestions(suggestions[0]!.id);
    expect(outline(editor)).toEqual(['item1 정부는 큰 예산을 확정했다']);
  });

  it('typing right before another author’s insertion neither joins it nor takes it over', () => {
    const { editor, signAs } = suggesting(line(), '김과장');
    cursorAt(editor, '정부는 ');
    type(editor, '내년 ');
    signAs('박국장');
    cursorAt(editor, '정부는 ');
    type(editor, '올해와 ');
    expect(pendingSuggestions(editor.state.doc).map((s) => [s.author, s.inserted])).toEqual([
      ['박국장', '올해와 '],
      ['김과장', '내년 '],
    ]);
  });

  it('deleting right next to another author’s deletion is a suggestion of its own', () => {
    const { editor, signAs } = suggesting(line(), '김과장');
    select(editor, '예산');
    editor.commands.deleteSelection();
    signAs('박국장');
    select(editor, '을');
    editor.commands.deleteSelection();
    const suggestions = pendingSuggestions(editor.state.doc);
    expect(suggestions.map((s) => [s.author, s.deleted])).toEqual([
      ['김과장', '예산'],
      ['박국장', '을'],
    ]);
    editor.commands.rejectSuggestions(suggestions[0]!.id);
    expect(pendingSuggestions(editor.state.doc)).toMatchObject([{ author: '박국장', deleted: '을' }]);
  });

  it('one author typing on keeps one suggestion', () => {
    const { editor } = suggesting(line(), '김과장');
    cursorAt(editor, '정부는 ');
    type(editor, '내년 ');
    type(editor, '큰 ');
    expect(pendingSuggestions(editor.state.doc)).toMatchObject([{ author: '김과장', inserted: '내년 큰 ' }]);
  });
});
