// @vitest-environment jsdom
/**
 * Suggesting mode: Enter next to a block's children. A new block is one whole suggested block
 * that takes no children along (adopting them would strike them out and insert them again), so
 * rejecting it gives back the document as it was and nothing typed lands elsewhere.
 */
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { EditorNodeJSON } from '../document/envelope';
import { checkEditorContent } from '../schema';
import { caret, cursorAt, cursorInEmpty, documentWith, item, note, outline, paragraph, press, ref, line, type } from '../schema/testing';
import { pendingSuggestions } from './suggestions';
import { destroySuggestingEditors, suggesting } from './suggestions.testing';

afterEach(destroySuggestingEditors);

/** 정책 과제 (□) has two ㅇ children; a paragraph follows. */
const withChildren = () => documentWith([item(1, '정책 과제', item(2, '세부 사업'), item(2, '둘째 사업')), paragraph('맺는 문단')]);
const ORIGINAL = ['item1 정책 과제', '  item2 세부 사업', '  item2 둘째 사업', 'paragraph 맺는 문단'];

const enter = (editor: Editor) => expect(press(editor, 'Enter')).toBe(true);
/** A reviewer's Enter in the release with children, the caret after `needle` (or `offset` into it). */
function enterAt(needle: string, offset?: number): Editor {
  const { editor } = suggesting(withChildren());
  cursorAt(editor, needle, offset);
  enter(editor);
  return editor;
}

/** Rejecting and accepting everything on two copies of the same edit: the original back, and the edit kept. */
function settleBoth(make: () => Editor, accepted: string[]): void {
  const original = suggesting(withChildren()).editor.getJSON();
  const rejecting = make();
  expect(rejecting.commands.rejectSuggestions()).toBe(true);
  expect(rejecting.getJSON()).toEqual(original);
  const accepting = make();
  expect(accepting.commands.acceptSuggestions()).toBe(true);
  expect(outline(accepting)).toEqual(accepted);
  expect(pendingSuggestions(accepting.state.doc)).toEqual([]);
  expect(accepting.state.doc.textContent).not.toContain('\u200B');
  expect(checkEditorContent(accepting.getJSON() as EditorNodeJSON)).toBeNull();
}

/** Nothing stray: the schema holds and no remark or empty block appears beyond the ones expected. */
function expectSound(editor: Editor): void {
  expect(checkEditorContent(editor.getJSON() as EditorNodeJSON)).toBeNull();
  expect(outline(editor).some((entry) => entry.includes('remark'))).toBe(false);
}

describe('Enter at the end of a block with children, in Suggesting mode', () => {
  const enterAtEnd = () => enterAt('정책 과제');

  it('inserts one new empty block as its first child, with the caret in it', () => {
    const editor = enterAtEnd();
    expect(outline(editor)).toEqual(['item1 정책 과제', '  item2', '  item2 세부 사업', '  item2 둘째 사업', 'paragraph 맺는 문단']);
    expect(caret(editor)).toBe('line:|');
    expect(pendingSuggestions(editor.state.doc)).toMatchObject([{ author: '검토자', kinds: ['insertion'], deleted: '' }]);
    expectSound(editor);
  });

  it('text typed next lands in the new block and joins its suggestion', () => {
    const editor = enterAtEnd();
    type(editor, '새 사업');
    expect(outline(editor)).toEqual(['item1 정책 과제', '  item2 새 사업', '  item2 세부 사업', '  item2 둘째 사업', 'paragraph 맺는 문단']);
    expect(caret(editor)).toBe('line:새 사업|');
    expect(pendingSuggestions(editor.state.doc)).toMatchObject([{ author: '검토자', kinds: ['insertion'], inserted: '새 사업', deleted: '' }]);
    expectSound(editor);
  });

  it('rejecting removes exactly that block; accepting keeps it', () => {
    const make = () => {
      const editor = enterAtEnd();
      type(editor, '새 사업');
      return editor;
    };
    settleBoth(make, ['item1 정책 과제', '  item2 새 사업', '  item2 세부 사업', '  item2 둘째 사업', 'paragraph 맺는 문단']);
  });

  it('a paragraph with items under it gets a new first item the same way', () => {
    const { editor } = suggesting(documentWith([paragraph('설명 문단', item(2, '세부 사업')), paragraph('맺는 문단')]));
    const original = editor.state.doc;
    cursorAt(editor, '설명 문단');
    enter(editor);
    type(editor, '새 사업');
    expect(outline(editor)).toEqual(['paragraph 설명 문단', '  item2 새 사업', '  item2 세부 사업', 'paragraph 맺는 문단']);
    expectSound(editor);
    editor.commands.rejectSuggestions();
    expect(editor.state.doc.eq(original)).toBe(true);
  });

  it('the new block goes after the block’s notes, which stay with their reference', () => {
    const { editor } = suggesting(documentWith([item(1, line('정책 과제', ref('n1')), note('주석', 'n1'), item(2, '세부 사업'))]));
    const original = editor.state.doc;
    cursorAt(editor, '정책 과제');
    editor.commands.setTextSelection(editor.state.selection.from + 1);
    enter(editor);
    type(editor, '새 사업');
    expect(outline(editor)).toEqual(['item1 정책 과제*', '  note 주석', '  item2 새 사업', '  item2 세부 사업']);
    expectSound(editor);
    editor.commands.rejectSuggestions();
    expect(editor.state.doc.eq(original)).toBe(true);
  });

  it('under a level-4 block, whose children can only be remarks, the new block follows them at its own level', () => {
    const deep = documentWith([
      item(1, '가', item(2, '나', item(3, '다', item(4, '라', { type: 'remark', content: [{ type: 'text', text: '참고' }] })))),
    ]);
    const { editor } = suggesting(deep);
    const original = editor.state.doc;
    cursorAt(editor, '라');
    enter(editor);
    type(editor, '마');
    expect(outline(editor)).toEqual(['item1 가', '  item2 나', '    item3 다', '      item4 라', '        remark 참고', '      item4 마']);
    expect(checkEditorContent(editor.getJSON() as EditorNodeJSON)).toBeNull();
    editor.commands.rejectSuggestions();
    expect(editor.state.doc.eq(original)).toBe(true);
  });

  it('with the mode off, the new block follows at the same level and takes the children (as before)', () => {
    const { editor } = suggesting(withChildren());
    editor.commands.setSuggesting(false);
    cursorAt(editor, '정책 과제');
    enter(editor);
    type(editor, '새 과제');
    expect(outline(editor)).toEqual(['item1 정책 과제', 'item1 새 과제', '  item2 세부 사업', '  item2 둘째 사업', 'paragraph 맺는 문단']);
  });
});

describe('Enter inside the text of a block with children, in Suggesting mode', () => {
  const make = () => enterAt('정책 ');

  it('moves the text after the caret into a new first child: struck out in the block, inserted in the new one', () => {
    const editor = make();
    expect(caret(editor)).toBe('line:|과제');
    type(editor, '새 ');
    expect(outline(editor)).toEqual(['item1 정책 과제', '  item2 새 과제', '  item2 세부 사업', '  item2 둘째 사업', 'paragraph 맺는 문단']);
    // One suggestion: accepting or rejecting only half of a move would lose the text or double it.
    const suggestions = pendingSuggestions(editor.state.doc);
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]).toMatchObject({ author: '검토자', kinds: ['deletion', 'insertion'], deleted: '과제', inserted: '새 과제' });
    expectSound(editor);
  });

  it('rejecting gives back the block as it was; accepting keeps the split', () => {
    settleBoth(
      () => {
        const editor = make();
        type(editor, '새 ');
        return editor;
      },
      ['item1 정책', '  item2 새 과제', '  item2 세부 사업', '  item2 둘째 사업', 'paragraph 맺는 문단'],
    );
  });
});

describe('Enter before a note reference in a block with children, in Suggesting mode', () => {
  it('the note moves with its reference into the new block; rejecting puts both back', () => {
    const { editor } = suggesting(documentWith([item(1, line('정책 과제', ref('n1')), note('주석', 'n1'), item(2, '세부 사업'))]));
    const original = editor.state.doc;
    cursorAt(editor, '정책 ');
    enter(editor);
    expect(caret(editor)).toBe('line:|과제*');
    expect(checkEditorContent(editor.getJSON() as EditorNodeJSON)).toBeNull();
    expect(pendingSuggestions(editor.state.doc)).toHaveLength(1);
    editor.commands.rejectSuggestions();
    expect(editor.state.doc.eq(original)).toBe(true);
  });

  it('accepting leaves the reference and its note in the new block only', () => {
    const { editor } = suggesting(documentWith([item(1, line('정책 과제', ref('n1')), note('주석', 'n1'), item(2, '세부 사업'))]));
    cursorAt(editor, '정책 ');
    enter(editor);
    editor.commands.acceptSuggestions();
    expect(outline(editor)).toEqual(['item1 정책', '  item2 과제*', '    note 주석', '  item2 세부 사업']);
  });
});

describe('Enter elsewhere in Suggesting mode does not corrupt the outline', () => {
  it('at the end of the last child: a new sibling after it', () => {
    settleBoth(() => {
      const editor = enterAt('둘째 사업');
      expect(caret(editor)).toBe('line:|');
      type(editor, '셋째');
      expectSound(editor);
      return editor;
    }, ['item1 정책 과제', '  item2 세부 사업', '  item2 둘째 사업', '  item2 셋째', 'paragraph 맺는 문단']);
  });

  it('at the end of a child with a sibling after it: a new sibling between them', () => {
    settleBoth(() => {
      const editor = enterAt('세부 사업');
      type(editor, '새 사업');
      expectSound(editor);
      return editor;
    }, ['item1 정책 과제', '  item2 세부 사업', '  item2 새 사업', '  item2 둘째 사업', 'paragraph 맺는 문단']);
  });

  it('at the start of a block with children: a new block before it, the children staying', () => {
    settleBoth(() => {
      const editor = enterAt('정책', 0);
      expect(caret(editor)).toBe('line:|정책 과제');
      expectSound(editor);
      return editor;
    }, ['item1', 'item1 정책 과제', '  item2 세부 사업', '  item2 둘째 사업', 'paragraph 맺는 문단']);
  });

  it('on an empty last child: the block is lifted, and rejecting puts it back', () => {
    const { editor } = suggesting(documentWith([item(1, '정책 과제', item(2, '세부 사업'), item(2, '')), paragraph('맺는 문단')]));
    const original = editor.state.doc;
    cursorInEmpty(editor, 'line');
    enter(editor);
    expect(outline(editor)).toEqual(['item1 정책 과제', '  item2 세부 사업', 'item1', 'paragraph 맺는 문단']);
    expect(pendingSuggestions(editor.state.doc)).toMatchObject([{ kinds: ['modification'], level: { previousLevel: 2, level: 1 } }]);
    editor.commands.rejectSuggestions();
    expect(editor.state.doc.eq(original)).toBe(true);
  });

  it('on an empty child with a sibling after it: nothing moves (a lift would take the sibling as its child)', () => {
    const { editor } = suggesting(documentWith([item(1, '정책 과제', item(2, ''), item(2, '둘째 사업')), paragraph('맺는 문단')]));
    const original = editor.state.doc;
    cursorInEmpty(editor, 'line');
    enter(editor);
    expect(editor.state.doc.eq(original)).toBe(true);
    expect(caret(editor)).toBe('line:|');
  });

  it('on the empty block Enter just suggested between two children: nothing moves, and rejecting loses no child', () => {
    const editor = enterAt('세부 사업');
    enter(editor);
    type(editor, '새 사업');
    expect(outline(editor)).toEqual(['item1 정책 과제', '  item2 세부 사업', '  item2 새 사업', '  item2 둘째 사업', 'paragraph 맺는 문단']);
    editor.commands.rejectSuggestions();
    expect(outline(editor)).toEqual(ORIGINAL);
  });
});

describe('Enter on an empty note of a block with children, in Suggesting mode', () => {
  it('leaves the note for a new first child, typing lands there, and rejecting gives back the document', () => {
    const { editor } = suggesting(documentWith([item(1, line('정책 과제', ref('n1')), note('', 'n1'), item(2, '세부 사업'))]));
    const original = editor.state.doc;
    cursorInEmpty(editor, 'note');
    enter(editor);
    type(editor, '새 사업');
    expectSound(editor);
    expect(outline(editor)).toContain('  item2 새 사업');
    expect(outline(editor).indexOf('  item2 새 사업')).toBeLessThan(outline(editor).indexOf('  item2 세부 사업'));
    expect(caret(editor)).toBe('line:새 사업|');
    editor.commands.rejectSuggestions();
    expect(editor.state.doc.eq(original)).toBe(true);
  });
});
