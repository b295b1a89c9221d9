// @vitest-environment jsdom
/**
 * Suggesting mode: Backspace at the start of a block, Delete at the end of one, and Enter over a
 * selection that spans blocks. Joining two blocks rebuilds them, which as a suggestion struck out
 * the block and re-inserted its text elsewhere (as a remark, or as a child of an emptied block);
 * none of these may move a person's words or leave something rejecting cannot give back.
 */
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { EditorNodeJSON } from '../document/envelope';
import { checkEditorContent } from '../schema';
import { caret, cursorAt, documentWith, item, outline, paragraph, press, type } from '../schema/testing';
import { pendingSuggestions } from './suggestions';
import { destroySuggestingEditors, settled as settledOn, suggesting } from './suggestions.testing';

afterEach(destroySuggestingEditors);

const twoTasks = () =>
  documentWith([item(1, '정책 과제', item(2, '세부 사업'), item(2, '둘째 사업')), item(1, '다음 과제', item(2, '하위 사업')), paragraph('맺는 문단')]);
const ORIGINAL = ['item1 정책 과제', '  item2 세부 사업', '  item2 둘째 사업', 'item1 다음 과제', '  item2 하위 사업', 'paragraph 맺는 문단'];

const settled = (edit: (editor: Editor) => void) => settledOn(twoTasks(), edit);

describe('Backspace at the start of a block, in Suggesting mode', () => {
  it('before a block with children: nothing is rebuilt, and typing stays in the block', () => {
    const result = settled((editor) => {
      cursorAt(editor, '다음', 0);
      press(editor, 'Backspace');
      type(editor, '새 ');
    });
    const typed = ORIGINAL.map((entry) => (entry === 'item1 다음 과제' ? 'item1 새 다음 과제' : entry));
    expect(result).toEqual({ edited: typed, rejected: ORIGINAL, accepted: typed });
  });

  it('of a first child: it does not turn into a remark', () => {
    const result = settled((editor) => {
      cursorAt(editor, '세부', 0);
      press(editor, 'Backspace');
    });
    expect(result).toEqual({ edited: ORIGINAL, rejected: ORIGINAL, accepted: ORIGINAL });
  });

  it('of a block one suggested and filled: it stays a block of its own', () => {
    const result = settled((editor) => {
      cursorAt(editor, '정책 ');
      press(editor, 'Enter');
      press(editor, 'Backspace');
      type(editor, '중점 ');
    });
    expect(result.rejected).toEqual(ORIGINAL);
    expect(result.accepted).toEqual(['item1 정책', '  item2 중점 과제', ...ORIGINAL.slice(1)]);
  });

  it('of an empty block one just suggested: the block goes, as if never made', () => {
    const result = settled((editor) => {
      cursorAt(editor, '정책 과제');
      press(editor, 'Enter');
      press(editor, 'Backspace');
      expect(caret(editor)).toBe('line:정책 과제|');
    });
    expect(result).toEqual({ edited: ORIGINAL, rejected: ORIGINAL, accepted: ORIGINAL });
  });
});

describe('Delete at the end of a block, in Suggesting mode', () => {
  it('before a paragraph: the paragraph stays one, with its text', () => {
    const result = settled((editor) => {
      cursorAt(editor, '하위 사업');
      press(editor, 'Delete');
    });
    expect(result).toEqual({ edited: ORIGINAL, rejected: ORIGINAL, accepted: ORIGINAL });
  });
});

describe('Enter over a selection across blocks, in Suggesting mode', () => {
  it('rejecting gives back the document, with no remark left over', () => {
    const { editor } = suggesting(twoTasks());
    const original = editor.getJSON();
    cursorAt(editor, '사업', 1);
    const from = editor.state.selection.from;
    cursorAt(editor, '둘째', 1);
    editor.commands.setTextSelection({ from, to: editor.state.selection.from });
    press(editor, 'Enter');
    type(editor, '새');
    expect(checkEditorContent(editor.getJSON() as EditorNodeJSON)).toBeNull();
    expect(outline(editor).some((entry) => entry.includes('remark'))).toBe(false);
    editor.commands.rejectSuggestions();
    expect(editor.getJSON()).toEqual(original);
  });
});

describe('Backspace over a selection across blocks, in Suggesting mode', () => {
  it('strikes the selection out as a suggestion instead of joining the blocks; rejecting gives back the document', () => {
    const { editor, refusals } = suggesting(twoTasks());
    const original = editor.getJSON();
    cursorAt(editor, '사업', 1);
    const from = editor.state.selection.from;
    cursorAt(editor, '둘째', 1);
    editor.commands.setTextSelection({ from, to: editor.state.selection.from });
    expect(press(editor, 'Backspace')).toBe(true);
    expect(outline(editor)).toEqual(ORIGINAL);
    expect(pendingSuggestions(editor.state.doc)).toMatchObject([{ author: '검토자', kinds: ['deletion'], inserted: '' }]);
    expect(refusals).toEqual([]);
    expect(checkEditorContent(editor.getJSON() as EditorNodeJSON)).toBeNull();
    editor.commands.rejectSuggestions();
    expect(editor.getJSON()).toEqual(original);
  });
});
