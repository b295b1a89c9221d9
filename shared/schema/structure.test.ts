// @vitest-environment jsdom
import { getSchema } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { EditorNodeJSON } from '../document/envelope';
import { bodoExtensions, checkEditorContent, editorSchema } from './index';
import { caret, cursorAt, cursorInEmpty, destroyEditors, documentWith, editorWith, item, outline, paragraph, press, textNode, type } from './testing';

afterEach(destroyEditors);

describe('the schema', () => {
  it('builds without a DOM and fills a new document with every required part', () => {
    const schema = getSchema(bodoExtensions({ placeholders: false }));
    const doc = schema.topNodeType.createAndFill()!;
    expect(doc.toJSON().content.map((n: { type: string }) => n.type)).toEqual(['header', 'title', 'body', 'contacts']);
    expect(checkEditorContent(doc.toJSON())).toBeNull();
  });

  it('checkEditorContent explains what is wrong', () => {
    expect(checkEditorContent({ type: 'doc', content: [] })).toMatch(/doc/);
    expect(checkEditorContent({ type: 'body' })).toMatch(/doc/);
    expect(checkEditorContent({ type: 'nonsense' })).toMatch(/nonsense/);
    const skipped = documentWith([item(1, 'A')]);
    expect(checkEditorContent(skipped)).toBeNull();
  });

  it('has only the house marks, and links only to http, https and mailto', () => {
    expect(Object.keys(editorSchema().marks).sort()).toEqual(['bold', 'comment', 'deletion', 'insertion', 'italic', 'link', 'modification', 'underline']);
    const editor = editorWith(documentWith([paragraph('링크')]));
    cursorAt(editor, '링크', 0);
    editor.commands.setTextSelection({ from: editor.state.selection.from, to: editor.state.selection.from + 2 });
    expect(editor.commands.setLink({ href: 'javascript:alert(1)' })).toBe(false);
    expect(editor.commands.setLink({ href: 'https://www.msit.go.kr' })).toBe(true);
  });
});

describe('links typed as text', () => {
  const linksIn = (editor: ReturnType<typeof editorWith>) => {
    const found: string[] = [];
    editor.state.doc.descendants((node) => {
      const link = node.marks.find((mark) => mark.type.name === 'link');
      if (link) found.push(`${node.text ?? ''} → ${String(link.attrs.href)}`);
    });
    return found;
  };

  it('an address becomes a link once its word ends, and not before', () => {
    const editor = editorWith(documentWith([paragraph('문의: ')]));
    cursorAt(editor, '문의: ');
    type(editor, 'https://www.msit.go.kr');
    expect(linksIn(editor)).toEqual([]);
    type(editor, ' 참고');
    expect(linksIn(editor)).toEqual(['https://www.msit.go.kr → https://www.msit.go.kr']);
  });

  it('an address ended by Enter becomes a link too', () => {
    const editor = editorWith(documentWith([item(1, '누리집')]));
    cursorAt(editor, '누리집');
    type(editor, ' https://www.korea.kr/briefing');
    press(editor, 'Enter');
    expect(linksIn(editor)).toEqual(['https://www.korea.kr/briefing → https://www.korea.kr/briefing']);
  });

  it('a space typed after a linked word is not part of the link, whatever the word', () => {
    const editor = editorWith(documentWith([paragraph('누리집')]));
    cursorAt(editor, '누리집', 0);
    const start = editor.state.selection.from;
    editor.chain().setTextSelection({ from: start, to: start + 3 }).setLink({ href: 'https://www.msit.go.kr' }).setTextSelection(start + 3).run();
    type(editor, ' 안내');
    expect(linksIn(editor)).toEqual(['누리집 → https://www.msit.go.kr']);
  });
});

describe('levels mirror nesting', () => {
  it('an item pasted deeper takes the level of its new place', () => {
    const editor = editorWith(documentWith([item(1, 'A', item(2, 'B')), item(1, 'C')]));
    // Move the level-1 item C under B by hand, as a paste or drop would.
    const body = editor.state.doc.child(2);
    const cStart = editor.state.doc.content.size - editor.state.doc.lastChild!.nodeSize - 1 - body.lastChild!.nodeSize;
    const c = body.lastChild!;
    let bEnd = 0;
    editor.state.doc.descendants((node, pos) => {
      if (node.type.name === 'item' && node.child(0).textContent === 'B') bEnd = pos + node.nodeSize - 1;
    });
    const tr = editor.state.tr.delete(cStart, cStart + c.nodeSize).insert(bEnd, c);
    editor.view.dispatch(tr);
    expect(outline(editor)).toEqual(['item1 A', '  item2 B', '    item3 C']);
  });

  it('the document element carries the language and the glyph per level', () => {
    const editor = editorWith(documentWith([item(1, 'A')]));
    editor.commands.setGlyphs(['■', '○', '-', 'ㆍ']);
    const element = editor.view.dom;
    expect(element.getAttribute('lang')).toBe('ko');
    expect(element.style.getPropertyValue('--glyph-2').trim()).toBe('"○"');
    editor.commands.setLanguage('en');
    expect(element.getAttribute('lang')).toBe('en');
  });

  it('renders each block with data-type, and items with data-level', () => {
    const editor = editorWith(documentWith([item(1, 'A', item(2, 'B'))]));
    const levels = [...editor.view.dom.querySelectorAll('[data-type="item"]')].map((e) => e.getAttribute('data-level'));
    expect(levels).toEqual(['1', '2']);
    expect(editor.view.dom.querySelector('[data-type="title"]')).not.toBeNull();
  });
});

describe('header fields and placeholders', () => {
  it('Enter moves from field to field and on to the title', () => {
    const editor = editorWith(documentWith([paragraph('본문')]));
    cursorInEmpty(editor, 'agency');
    press(editor, 'Enter');
    expect(caret(editor)).toBe('embargo:|');
    press(editor, 'Enter');
    press(editor, 'Enter');
    expect(caret(editor)).toBe('title:|제목');
  });

  it('shows a prompt in every empty field, in the document language', () => {
    const editor = editorWith(documentWith([paragraph('')]));
    const prompt = (type: string) => editor.view.dom.querySelector(`[data-type="${type}"]`)?.getAttribute('data-placeholder');
    expect(prompt('agency')).toBe('기관명');
    expect(prompt('line')).toBe('내용');
    cursorInEmpty(editor, 'line');
    type(editor, '가');
    expect(prompt('agency')).toBe('기관명');
    expect(prompt('line')).toBeFalsy();
  });

  it('prompts come back when a field is emptied, appear on new lines and follow the language', () => {
    const editor = editorWith(documentWith([paragraph('가')]));
    const prompt = (type: string) => editor.view.dom.querySelector(`[data-type="${type}"]`)?.getAttribute('data-placeholder');
    expect(prompt('line')).toBeFalsy();
    cursorAt(editor, '가');
    editor.commands.deleteRange({ from: editor.state.selection.from - 1, to: editor.state.selection.from });
    expect(prompt('line')).toBe('내용');
    press(editor, 'Enter');
    expect(editor.view.dom.querySelectorAll('[data-placeholder="내용"]').length).toBe(2);
    editor.commands.setLanguage('en');
    expect(prompt('line')).toBe('Text');
    expect(prompt('agency')).toBe('Agency');
  });

  it('setReleaseKind changes the kind label', () => {
    const editor = editorWith(documentWith([paragraph('')]));
    editor.commands.setReleaseKind('rebuttal');
    expect(editor.view.dom.querySelector('[data-type="header"]')?.getAttribute('data-kind')).toBe('rebuttal');
    expect(editor.view.dom.style.getPropertyValue('--label-kind').trim()).toBe('"해명자료"');
    editor.commands.setLanguage('en');
    expect(editor.view.dom.style.getPropertyValue('--label-kind').trim()).toBe('"Rebuttal"');
  });
});

describe('tables', () => {
  it('insertTable adds a captioned table after the block and puts the cursor in the caption', () => {
    const editor = editorWith(documentWith([item(1, 'A'), item(1, 'B')]));
    cursorAt(editor, 'A');
    editor.commands.insertTable({ rows: 2, columns: 3 });
    expect(caret(editor)).toBe('tableCaption:|');
    expect(outline(editor)).toEqual(['item1 A', 'table', 'item1 B']);
    const table = editor.state.doc.child(2).child(1);
    expect(table.childCount).toBe(3);
    expect(table.child(1).childCount).toBe(3);
  });

  it('Enter in the caption goes to the first cell; Enter in a cell adds a row', () => {
    const editor = editorWith(documentWith([item(1, 'A')]));
    cursorAt(editor, 'A');
    editor.commands.insertTable({ rows: 1, columns: 2 });
    type(editor, '일정');
    press(editor, 'Enter');
    expect(caret(editor)).toBe('tableCell:|');
    press(editor, 'Enter');
    const table = editor.state.doc.child(2).child(1);
    expect(table.childCount).toBe(3);
  });
});

describe('attachments and contacts', () => {
  it('addAttachment adds a 붙임 page before the contacts, starting with a □ item', () => {
    const editor = editorWith(documentWith([paragraph('본문')]));
    editor.commands.addAttachment('annex');
    expect(caret(editor)).toBe('attachmentTitle:|');
    const types = editor.getJSON().content!.map((n) => n.type);
    expect(types).toEqual(['header', 'title', 'body', 'attachment', 'contacts']);
    expect(editor.getJSON().content![3]!.attrs).toEqual({ kind: 'annex' });
    expect(outline(editor, 'attachment')).toEqual(['item1']);
    editor.commands.setAttachmentKind('reference');
    expect(editor.getJSON().content![3]!.attrs).toEqual({ kind: 'reference' });
  });

  it('blocks in an attachment edit like body blocks', () => {
    const editor = editorWith(documentWith([paragraph('본문')]));
    editor.commands.addAttachment('reference');
    press(editor, 'Enter');
    type(editor, '개요');
    press(editor, 'Enter');
    press(editor, 'Tab');
    type(editor, '세부');
    expect(outline(editor, 'attachment')).toEqual(['item1 개요', '  item2 세부']);
  });

  it('addContact starts a department group, then adds people; Enter on an empty row removes it', () => {
    const editor = editorWith(documentWith([paragraph('본문')]));
    editor.commands.addContact();
    expect(caret(editor)).toBe('department:|');
    type(editor, '인공지능기반정책과');
    press(editor, 'Enter');
    type(editor, '과장 이영희 (044-202-6000)');
    press(editor, 'Enter');
    type(editor, '사무관 박민수');
    press(editor, 'Enter');
    press(editor, 'Enter');
    const group = editor.getJSON().content!.at(-1)!.content![0]! as EditorNodeJSON;
    expect(group.content!.map((c) => [c.type, c.attrs?.role, c.content?.[0]?.text])).toEqual([
      ['department', undefined, '인공지능기반정책과'],
      ['contact', 'head', '과장 이영희 (044-202-6000)'],
      ['contact', 'staff', '사무관 박민수'],
    ]);
  });
});

describe('contact groups', () => {
  it('addContactGroup adds a department with a head at the end', () => {
    const editor = editorWith(documentWith([paragraph('본문')]));
    editor.commands.addContactGroup();
    editor.commands.addContactGroup();
    const contacts = editor.getJSON().content!.at(-1)! as EditorNodeJSON;
    expect(contacts.content!.map((g) => g.content!.map((c) => c.attrs?.role ?? c.type))).toEqual([
      ['department', 'head'],
      ['department', 'head'],
    ]);
    expect(caret(editor)).toBe('department:|');
  });
});

describe('Enter over a selection', () => {
  it('replaces the selected text, then splits', () => {
    const editor = editorWith(documentWith([item(1, '가나다')]));
    cursorAt(editor, '가');
    editor.commands.setTextSelection({ from: editor.state.selection.from, to: editor.state.selection.from + 1 });
    press(editor, 'Enter');
    expect(outline(editor)).toEqual(['item1 가', 'item1 다']);
  });

  it('leaves remarks, headings and pointers editable as text', () => {
    const editor = editorWith(documentWith([paragraph('A'), textNode('pointer', '【붙임】 공고문')]));
    cursorAt(editor, '공고문');
    press(editor, 'Enter');
    type(editor, '다음');
    expect(outline(editor)).toEqual(['paragraph A', 'pointer 【붙임】 공고문', 'pointer 다음']);
  });
});
