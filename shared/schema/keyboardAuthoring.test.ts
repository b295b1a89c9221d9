// @vitest-environment jsdom
/**
 * What writing a whole release with the keyboard alone needs beyond the block keys: moving
 * into a template's empty rows, leaving a note, going through a table, the 【붙임】 line.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { EditorNodeJSON } from '../document/envelope';
import { newDocument } from '../document/templates';
import { caret, cursorAt, cursorInEmpty, destroyEditors, documentWith, editorWith, item, outline, paragraph, press, type } from './testing';

afterEach(destroyEditors);

const subtitleTexts = (editor: ReturnType<typeof editorWith>) => {
  const texts: string[] = [];
  editor.state.doc.forEach((node) => {
    if (node.type.name === 'subtitle') texts.push(node.textContent);
  });
  return texts;
};

const koTemplate = () => editorWith(newDocument('ko-gaejo', new Date(0)).content);

describe('a template’s empty rows', () => {
  it('Enter at the end of a subtitle goes into the empty subtitle below instead of adding one', () => {
    const editor = koTemplate();
    cursorInEmpty(editor, 'subtitle');
    type(editor, '부제 하나');
    press(editor, 'Enter');
    type(editor, '부제 둘');
    expect(subtitleTexts(editor)).toEqual(['부제 하나', '부제 둘']);
    // Past the template's rows, Enter adds one again, and Enter on it goes to the body.
    press(editor, 'Enter');
    expect(editor.getJSON().content!.filter((n) => n.type === 'subtitle')).toHaveLength(3);
    press(editor, 'Enter');
    expect(caret(editor)).toBe('line:|');
    expect(editor.getJSON().content!.filter((n) => n.type === 'subtitle')).toHaveLength(2);
  });

  it('Enter in the middle of a subtitle still splits it', () => {
    const editor = editorWith(documentWith([paragraph('본문')], { subtitles: ['앞뒤', ''] }));
    cursorAt(editor, '앞');
    press(editor, 'Enter');
    expect(subtitleTexts(editor)).toEqual(['앞', '뒤', '']);
  });

  it('Enter after the head goes into the template’s empty staff row, then adds people', () => {
    const editor = koTemplate();
    const group = () => (editor.getJSON().content!.at(-1)!.content![0]! as EditorNodeJSON).content!;
    cursorInEmpty(editor, 'department');
    type(editor, '인공지능기반정책과');
    press(editor, 'Enter');
    type(editor, '과장 이영희 (044-202-6000)');
    press(editor, 'Enter');
    type(editor, '사무관 박민수 (044-202-6001)');
    press(editor, 'Enter');
    type(editor, '주무관 최지은 (044-202-6002)');
    expect(group().map((c) => [c.attrs?.role ?? c.type, c.content?.[0]?.text])).toEqual([
      ['department', '인공지능기반정책과'],
      ['head', '과장 이영희 (044-202-6000)'],
      ['staff', '사무관 박민수 (044-202-6001)'],
      ['staff', '주무관 최지은 (044-202-6002)'],
    ]);
  });
});

describe('leaving a note', () => {
  it('Esc (or Shift+Esc) goes back to the text just after the marked term', () => {
    const editor = editorWith(documentWith([item(1, '공동 신청을 우대한다')]));
    cursorAt(editor, '공동 신청');
    editor.commands.insertNote();
    type(editor, '반도체 기업이 참여하는 경우');
    press(editor, 'Escape');
    expect(caret(editor)).toBe('line:공동 신청*|을 우대한다');
    cursorAt(editor, '반도체 기업');
    press(editor, 'Escape', { shiftKey: true });
    expect(caret(editor)).toBe('line:공동 신청*|을 우대한다');
  });

  it('stacked notes: each returns after its own term, so the sentence goes on', () => {
    const editor = editorWith(documentWith([item(1, '')]));
    editor.commands.setTextSelection(findLine(editor));
    type(editor, '공동 신청');
    editor.commands.insertNote();
    type(editor, '하나');
    press(editor, 'Escape');
    type(editor, '과 기관');
    editor.commands.insertNote();
    type(editor, '둘');
    press(editor, 'Escape');
    type(editor, '을 우대');
    expect(outline(editor)).toEqual(['item1 공동 신청*과 기관*을 우대', '  note 하나', '  note 둘']);
  });
});

describe('tables by keyboard', () => {
  /** A one-row, two-column table inserted after the block A, caption 일정 and first cell 구분 typed, caret there. */
  const tableCaptionedAndFirstCellTyped = () => {
    const editor = editorWith(documentWith([item(1, 'A')]));
    cursorAt(editor, 'A');
    editor.commands.insertTable({ rows: 1, columns: 2 });
    type(editor, '일정');
    press(editor, 'Tab');
    type(editor, '구분');
    return editor;
  };

  it('Tab goes from the caption through the cells, adds a row in the last cell; Shift+Tab goes back', () => {
    const editor = tableCaptionedAndFirstCellTyped();
    press(editor, 'Tab');
    type(editor, '일정');
    press(editor, 'Tab');
    type(editor, '공고');
    press(editor, 'Tab', { shiftKey: true });
    expect(caret(editor)).toBe('tableCell:일정|');
    const table = editor.state.doc.child(2).child(1);
    expect(table.childCount).toBe(3);
    expect([table.child(1).textContent, table.child(2).child(0).textContent]).toEqual(['구분일정', '공고']);
    expect(outline(editor)).toEqual(['item1 A', 'table 일정구분일정공고']);
  });

  it('Enter in an empty last row leaves the table for a new block below it', () => {
    const editor = tableCaptionedAndFirstCellTyped();
    press(editor, 'Enter');
    press(editor, 'Enter');
    type(editor, 'B');
    expect(outline(editor)).toEqual(['item1 A', 'table 일정구분', 'item1 B']);
    const table = editor.state.doc.child(2).child(1);
    expect(table.childCount).toBe(2);
  });

  it('after a paragraph, the block below the table is a paragraph; a lone empty row stays', () => {
    const editor = editorWith(documentWith([paragraph('A')]));
    cursorAt(editor, 'A');
    editor.commands.insertTable({ rows: 1, columns: 1 });
    press(editor, 'Tab');
    press(editor, 'Enter');
    expect(editor.state.doc.child(2).child(1).childCount).toBe(3);
    press(editor, 'Enter');
    type(editor, 'B');
    expect(outline(editor)).toEqual(['paragraph A', 'table', 'paragraph B']);
  });
});

describe('the attachment pointer line', () => {
  it('[붙임] typed at the start of a line makes it the 【붙임】 line', () => {
    const editor = editorWith(documentWith([item(1, 'A'), item(1, '')]));
    editor.commands.setTextSelection(findLine(editor, 1));
    type(editor, '[붙임] 공고문 1부.');
    expect(outline(editor)).toEqual(['item1 A', 'pointer 【붙임】 공고문 1부.']);
  });

  it('setPointer turns the block into the pointer line with its label, once', () => {
    const editor = editorWith(documentWith([paragraph('공고문 1부.'), paragraph('【참고】 일정')]));
    cursorAt(editor, '공고문');
    editor.commands.setPointer();
    cursorAt(editor, '일정');
    editor.commands.setPointer();
    expect(outline(editor)).toEqual(['pointer 【붙임】 공고문 1부.', 'pointer 【참고】 일정']);
  });
});

/** Position inside the n-th line of the body. */
function findLine(editor: ReturnType<typeof editorWith>, n = 0): number {
  let seen = 0;
  let found = -1;
  editor.state.doc.descendants((node, pos) => {
    if (found < 0 && node.type.name === 'line' && seen++ === n) found = pos + 1 + node.content.size;
    return found < 0;
  });
  return found;
}
