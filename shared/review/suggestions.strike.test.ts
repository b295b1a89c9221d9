// @vitest-environment jsdom
/**
 * Suggesting mode: Backspace, Delete or Enter over a selection that spans blocks strikes out
 * exactly the selected words, block by block, as one suggestion, and changes no structure. It
 * used to strike out the whole body, suggest a moved copy ("정책 과제부 사업"), or strike out a
 * block with a note and insert it again.
 */
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { caret, cursorAt, documentWith, item, line, note, outline, paragraph, press, ref, textNode, type } from '../schema/testing';
import { pendingSuggestions } from './suggestions';
import { destroySuggestingEditors, settled, suggesting } from './suggestions.testing';

afterEach(destroySuggestingEditors);

const release = () =>
  documentWith([
    item(1, '정책 과제', item(2, '세부 사업'), item(2, '둘째 사업')),
    item(1, '다음 과제', item(2, '하위 사업')),
    paragraph('맺는 문단'),
    paragraph(line('근거 법령', ref('n1'), { type: 'text', text: ' 개정' }), note('법령 설명', 'n1')),
  ]);
const ORIGINAL = [
  'item1 정책 과제',
  '  item2 세부 사업',
  '  item2 둘째 사업',
  'item1 다음 과제',
  '  item2 하위 사업',
  'paragraph 맺는 문단',
  'paragraph 근거 법령* 개정',
  '  note 법령 설명',
];
const replaced = (changes: Record<string, string>) => ORIGINAL.map((entry) => changes[entry] ?? entry);

/** Selects from `offset` into the first `start` to `endOffset` into the first `end`. */
function selectAcross(editor: Editor, start: string, offset: number, end: string, endOffset: number): void {
  cursorAt(editor, start, offset);
  const from = editor.state.selection.from;
  cursorAt(editor, end, endOffset);
  editor.commands.setTextSelection({ from, to: editor.state.selection.from });
}

/** The one suggestion left pending, which must be the current author's deletion. */
function onlyDeletion(editor: Editor): string {
  const pending = pendingSuggestions(editor.state.doc);
  expect(pending).toHaveLength(1);
  expect(pending[0]).toMatchObject({ author: '검토자', kinds: ['deletion'], inserted: '' });
  return pending[0]!.deleted;
}

describe.each(['Backspace', 'Delete', 'Enter'])('%s over a selection across blocks, in Suggesting mode', (key) => {
  it('from the end of an item into the paragraph after: only the selected words are struck out', () => {
    const result = settled(release(), (editor) => {
      selectAcross(editor, '하위 사업', 5, '맺는', 2);
      expect(press(editor, key)).toBe(true);
      expect(onlyDeletion(editor)).toBe('맺는');
      expect(caret(editor)).toBe('line:하위 사업|');
    });
    expect(result).toEqual({ edited: ORIGINAL, rejected: ORIGINAL, accepted: replaced({ 'paragraph 맺는 문단': 'paragraph  문단' }) });
  });

  it('from an item into its first child: no copy moves, each keeps its own words', () => {
    const result = settled(release(), (editor) => {
      selectAcross(editor, '정책 과제', 3, '세부', 1);
      expect(press(editor, key)).toBe(true);
      expect(onlyDeletion(editor)).toBe('과제세');
      expect(caret(editor)).toBe('line:정책 |과제');
    });
    expect(result).toEqual({
      edited: ORIGINAL,
      rejected: ORIGINAL,
      accepted: replaced({ 'item1 정책 과제': 'item1 정책', '  item2 세부 사업': '  item2 부 사업' }),
    });
  });

  it('into a paragraph with a note: the words and the ref are struck, the note stays until accepted', () => {
    const result = settled(release(), (editor) => {
      selectAcross(editor, '맺는 문단', 3, ' 개정', 0);
      expect(press(editor, key)).toBe(true);
      expect(onlyDeletion(editor)).toBe('문단근거 법령');
      expect(outline(editor)).toEqual(ORIGINAL);
    });
    expect(result).toEqual({
      edited: ORIGINAL,
      rejected: ORIGINAL,
      accepted: replaced({ 'paragraph 맺는 문단': 'paragraph 맺는', 'paragraph 근거 법령* 개정': 'paragraph  개정' }).slice(0, -1),
    });
  });

  it('over blocks wholly selected and into a note: every piece is one suggestion, the blocks stay, emptied', () => {
    // Accepting removes the struck ref, and with it its note, as deleting a ref does.
    const result = settled(release(), (editor) => {
      selectAcross(editor, '다음 과제', 0, '법령 설명', 2);
      expect(press(editor, key)).toBe(true);
      expect(onlyDeletion(editor)).toBe('다음 과제하위 사업맺는 문단근거 법령 개정법령');
    });
    expect(result).toEqual({ edited: ORIGINAL, rejected: ORIGINAL, accepted: [...ORIGINAL.slice(0, 3), 'item1', '  item2', 'paragraph', 'paragraph'] });
  });
});

describe('A cross-block deletion through a remark and a heading, in Suggesting mode', () => {
  it('strikes the selected words of each, and none moves', () => {
    const original = ['item1 과제', '  remark 비고 내용', 'heading 소제목', 'paragraph 본문'];
    const result = settled(documentWith([item(1, '과제', textNode('remark', '비고 내용')), textNode('heading', '소제목'), paragraph('본문')]), (editor) => {
      selectAcross(editor, '내용', 1, '본문', 1);
      press(editor, 'Backspace');
      expect(onlyDeletion(editor)).toBe('용소제목본');
      expect(caret(editor)).toBe('remark:비고 내|용');
    });
    expect(result).toEqual({ edited: original, rejected: original, accepted: ['item1 과제', '  remark 비고 내', 'heading', 'paragraph 문'] });
  });
});

describe('A cross-block deletion over text the same reviewer suggested', () => {
  it('removes their inserted text for real and strikes out the rest', () => {
    const { editor } = suggesting(release());
    cursorAt(editor, '세부 사업');
    type(editor, ' 추가');
    selectAcross(editor, '세부 사업', 3, '둘째', 2);
    press(editor, 'Backspace');
    expect(outline(editor)).toEqual(ORIGINAL);
    expect(onlyDeletion(editor)).toBe('사업둘째');
    editor.commands.rejectSuggestions();
    expect(outline(editor)).toEqual(ORIGINAL);
  });
});
