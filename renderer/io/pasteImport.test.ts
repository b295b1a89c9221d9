// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { newDocument } from '../../shared/document/templates';
import { bodoExtensions } from '../../shared/schema';
import { cursorAt, documentWith, item, line, note, outline, ref, setComposing } from '../../shared/schema/testing';
import { PasteImport } from './pasteImport';

const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((editor) => editor.destroy()));

function editorWith(content: object): Editor {
  const editor = new Editor({ extensions: [...bodoExtensions(), PasteImport], content });
  editors.push(editor);
  return editor;
}

/** Paste as the browser would hand it over; true when a handler took it (false: ProseMirror's default). */
function paste(editor: Editor, data: Record<string, string>): boolean {
  const event = { clipboardData: { getData: (type: string) => data[type] ?? '' } } as unknown as ClipboardEvent;
  return !!editor.view.someProp('handlePaste', (handle) => handle(editor.view, event, editor.state.doc.slice(0, 0)));
}

const noteIds = (editor: Editor) => {
  const ids: string[] = [];
  editor.state.doc.descendants((node) => {
    if (node.type.name === 'note') ids.push(node.attrs.id as string);
  });
  return ids;
};

describe('pasting through the importer', () => {
  it('turns lines into items after the block holding the cursor, and undoes in one step', () => {
    const editor = editorWith(documentWith([item(1, '첫 항목'), item(1, '끝 항목')]));
    cursorAt(editor, '첫 항목');
    expect(paste(editor, { 'text/plain': '□ 정부는 실증 사업을 시작한다.\n ㅇ 30억원을 지원한다.\n* 주석 설명' })).toBe(true);
    expect(outline(editor)).toEqual([
      'item1 첫 항목',
      'item1 정부는 실증 사업을 시작한다.',
      '  item2 30억원을 지원한다.',
      '    note 주석 설명',
      'item1 끝 항목',
    ]);
    editor.commands.undo();
    expect(outline(editor)).toEqual(['item1 첫 항목', 'item1 끝 항목']);
  });

  it('replaces the selected text, as any paste does', () => {
    const editor = editorWith(documentWith([item(1, '지울 글'), item(1, '남는 항목')]));
    cursorAt(editor, '지울 글');
    editor.commands.setTextSelection({ from: editor.state.selection.from - 4, to: editor.state.selection.from });
    paste(editor, { 'text/plain': '□ 새 항목\n□ 또 새 항목' });
    expect(outline(editor)).toEqual(['item1 새 항목', 'item1 또 새 항목', 'item1 남는 항목']);
  });

  it('keeps every pasted line: a title-like first line stays as a paragraph in a document with content', () => {
    const editor = editorWith(documentWith([item(1, '기존 항목')]));
    cursorAt(editor, '기존 항목');
    paste(editor, { 'text/plain': '국산 AI 반도체 실증 착수\n- 부제 한 줄 -\n□ 본문 항목' });
    expect(outline(editor)).toEqual(['item1 기존 항목', 'paragraph 국산 AI 반도체 실증 착수', 'paragraph - 부제 한 줄', 'item1 본문 항목']);
    expect(editor.state.doc.child(1).textContent).toBe('제목');
  });

  it('fills an empty document: title, subtitles and body in their places', () => {
    const editor = editorWith(newDocument('ko-gaejo', new Date('2026-04-13T00:00:00Z')).content);
    paste(editor, { 'text/plain': '국산 AI 반도체 실증 착수\n- 3개 컨소시엄 선정 -\n□ 정부는 실증 사업을 시작한다.' });
    const parts: string[] = [];
    editor.state.doc.forEach((part) => parts.push(`${part.type.name}:${part.textContent}`));
    expect(parts.slice(1, 4)).toEqual(['title:국산 AI 반도체 실증 착수', 'subtitle:3개 컨소시엄 선정', 'body:정부는 실증 사업을 시작한다.']);
  });

  it('gives pasted notes ids of their own, however often the same text is pasted', () => {
    const editor = editorWith(documentWith([item(1, line('기존 NTIS', ref('note-1')), note('기존 주석', 'note-1'))]));
    cursorAt(editor, '기존 NTIS');
    paste(editor, { 'text/plain': '□ NTIS* 활용\n * 국가과학기술지식정보서비스' });
    paste(editor, { 'text/plain': '□ NTIS* 활용\n * 국가과학기술지식정보서비스' });
    const ids = noteIds(editor);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
  });

  it('imports HTML from outside, sanitized, as structure', () => {
    const editor = editorWith(documentWith([item(1, '기존')]));
    cursorAt(editor, '기존');
    paste(editor, { 'text/html': '<p>□ 정부는 <b>실증</b>을 시작한다.<img src=x onerror="alert(1)"></p><ul><li>올해 지원한다.</li></ul>', 'text/plain': '…' });
    expect(outline(editor)[1]).toBe('item1 정부는 실증을 시작한다.');
    expect(JSON.stringify(editor.getJSON())).not.toContain('onerror');
  });

  it("leaves one line, Bodo's own copies and IME composition to ProseMirror", () => {
    const editor = editorWith(documentWith([item(1, '기존')]));
    cursorAt(editor, '기존');
    expect(paste(editor, { 'text/plain': '한 줄' })).toBe(false);
    expect(paste(editor, { 'text/html': '<div data-pm-slice="1 1 []"><p>□ a</p><p>□ b</p></div>', 'text/plain': '□ a\n□ b' })).toBe(false);
    const empty = editorWith(newDocument('ko-gaejo', new Date('2026-04-13T00:00:00Z')).content);
    expect(paste(empty, { 'text/html': '<span>한 구절</span>', 'text/plain': '한 구절' })).toBe(false);
    setComposing(editor, true);
    expect(paste(editor, { 'text/plain': '□ a\n□ b' })).toBe(false);
  });
});
