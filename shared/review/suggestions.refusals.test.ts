// @vitest-environment jsdom
/**
 * Suggesting mode refuses some edits (the key does nothing, see blockEditing.ts and
 * `suggestLevelChange`); each refusal reports why, so the interface can tell the reviewer.
 */
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { cursorAt, cursorInEmpty, documentWith, item, paragraph, press, type } from '../schema/testing';
import { destroySuggestingEditors, suggestBlockDeleted, suggesting } from './suggestions.testing';

afterEach(destroySuggestingEditors);

const withChildren = () => documentWith([item(1, '정책 과제', item(2, '세부 사업'), item(2, '둘째 사업')), paragraph('맺는 문단')]);

/** Makes `edit` and expects the document unchanged and `reasons` reported. */
function expectRefused(editor: Editor, refusals: readonly string[], edit: () => void, reasons: string[]): void {
  const before = editor.state.doc;
  edit();
  expect(editor.state.doc.eq(before)).toBe(true);
  expect(refusals).toEqual(reasons);
}

describe('a refused edit in Suggesting mode reports why', () => {
  it('Backspace at the start of a block: joining blocks', () => {
    const { editor, refusals } = suggesting(withChildren());
    cursorAt(editor, '둘째', 0);
    expectRefused(editor, refusals, () => press(editor, 'Backspace'), ['join']);
  });

  it('Delete at the end of a block: joining blocks', () => {
    const { editor, refusals } = suggesting(withChildren());
    cursorAt(editor, '세부 사업');
    expectRefused(editor, refusals, () => press(editor, 'Delete'), ['join']);
  });

  it('Enter on an empty block with a sibling after it, and Shift+Tab on a block with one: it would adopt them', () => {
    const { editor, refusals } = suggesting(documentWith([item(1, '정책 과제', item(2, ''), item(2, '둘째 사업'))]));
    cursorInEmpty(editor, 'line');
    expectRefused(editor, refusals, () => press(editor, 'Enter'), ['adopts']);
    expectRefused(editor, refusals, () => press(editor, 'Tab', { shiftKey: true }), ['adopts', 'adopts']);
  });

  it('Tab on a block suggested for deletion', () => {
    const { editor, refusals } = suggesting(documentWith([item(1, '정책 과제'), item(1, '다음 과제')]));
    suggestBlockDeleted(editor, '다음 과제');
    cursorAt(editor, '다음');
    expectRefused(editor, refusals, () => press(editor, 'Tab'), ['deletedBlock']);
  });

  it('Tab into a block suggested as new', () => {
    const { editor, refusals } = suggesting(documentWith([item(1, '정책 과제'), item(1, '다음 과제')]));
    cursorAt(editor, '정책 과제');
    press(editor, 'Enter');
    type(editor, '새 줄');
    cursorAt(editor, '다음');
    expectRefused(editor, refusals, () => press(editor, 'Tab'), ['intoSuggested']);
  });

  it('an edit that is made reports nothing', () => {
    const { editor, refusals } = suggesting(withChildren());
    cursorAt(editor, '둘째');
    press(editor, 'Tab');
    cursorAt(editor, '세부 사업');
    press(editor, 'Enter');
    press(editor, 'Backspace');
    expect(refusals).toEqual([]);
  });
});
