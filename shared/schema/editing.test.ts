// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { checkEditorContent } from './index';
import { composingSafe } from './keys';
import { caret, cursorAt, cursorInEmpty, destroyEditors, documentWith, editorWith, item, line, note, outline, paragraph, press, ref, setComposing, textNode, type } from './testing';

afterEach(destroyEditors);

/** Selects from just after `start` to just after `end` (each the first occurrence). */
function selectFromTo(editor: ReturnType<typeof editorWith>, start: string, end: string): void {
  cursorAt(editor, start);
  const from = editor.state.selection.from;
  cursorAt(editor, end);
  editor.commands.setTextSelection({ from, to: editor.state.selection.from });
}

describe('Enter in body blocks', () => {
  it('continues an item at the same level', () => {
    const editor = editorWith(documentWith([item(1, 'A', item(2, 'B'))]));
    cursorAt(editor, 'B');
    press(editor, 'Enter');
    type(editor, 'C');
    expect(outline(editor)).toEqual(['item1 A', '  item2 B', '  item2 C']);
  });

  it('splits the text at the cursor, the tail going to the new item', () => {
    const editor = editorWith(documentWith([item(1, '앞뒤')]));
    cursorAt(editor, '앞');
    press(editor, 'Enter');
    expect(outline(editor)).toEqual(['item1 앞', 'item1 뒤']);
    expect(caret(editor)).toBe('line:|뒤');
  });

  it('opens an empty item above when pressed at the start of a line', () => {
    const editor = editorWith(documentWith([item(1, 'A', item(2, 'B'))]));
    cursorAt(editor, 'A', 0);
    press(editor, 'Enter');
    expect(outline(editor)).toEqual(['item1', 'item1 A', '  item2 B']);
    expect(caret(editor)).toBe('line:|A');
  });

  it('lifts an empty item one level, and an empty level-1 item becomes a paragraph', () => {
    const editor = editorWith(documentWith([item(1, 'A', item(2, 'B', item(3, '')))]));
    cursorInEmpty(editor, 'line');
    press(editor, 'Enter');
    expect(outline(editor)).toEqual(['item1 A', '  item2 B', '  item2']);
    press(editor, 'Enter');
    expect(outline(editor)).toEqual(['item1 A', '  item2 B', 'item1']);
    press(editor, 'Enter');
    expect(outline(editor)).toEqual(['item1 A', '  item2 B', 'paragraph']);
    press(editor, 'Enter');
    expect(outline(editor)).toEqual(['item1 A', '  item2 B', 'paragraph', 'paragraph']);
  });

  it('takes the notes of the refs that move to the new block', () => {
    const editor = editorWith(documentWith([item(1, line('가', ref('a'), { type: 'text', text: ' 나' }, ref('b')), note('A', 'a'), note('B', 'b'))]));
    cursorAt(editor, ' 나', 0);
    press(editor, 'Enter');
    expect(outline(editor)).toEqual(['item1 가*', '  note A', 'item1  나*', '  note B']);
  });

  it('continues a heading with a paragraph', () => {
    const editor = editorWith(documentWith([textNode('heading', '소제목'), paragraph('본문')]));
    cursorAt(editor, '소제목');
    press(editor, 'Enter');
    type(editor, '새');
    expect(outline(editor)).toEqual(['heading 소제목', 'paragraph 새', 'paragraph 본문']);
  });
});

describe('Enter over a selection', () => {
  it('across two items deletes the selection, joining what is left, then splits at the caret', () => {
    const editor = editorWith(documentWith([item(1, 'A', item(2, '세부 사업'), item(2, '둘째 사업'))]));
    selectFromTo(editor, '세부 사', '둘');
    expect(press(editor, 'Enter')).toBe(true);
    expect(outline(editor)).toEqual(['item1 A', '  item2 세부 사', '  item2 째 사업']);
    expect(caret(editor)).toBe('line:|째 사업');
    expect(checkEditorContent(editor.getJSON())).toBeNull();
  });

  it('inside one block deletes the selection, then splits', () => {
    const editor = editorWith(documentWith([item(1, '앞가운데뒤')]));
    selectFromTo(editor, '앞', '앞가운데');
    press(editor, 'Enter');
    expect(outline(editor)).toEqual(['item1 앞', 'item1 뒤']);
    expect(caret(editor)).toBe('line:|뒤');
  });

  it('from a block into its child keeps the child’s children, in order, under the new block', () => {
    const editor = editorWith(documentWith([item(1, '세부 사업', item(2, '둘째 사업', item(3, '셋')), item(2, '넷'))]));
    selectFromTo(editor, '세부 사', '둘');
    press(editor, 'Enter');
    expect(outline(editor)).toEqual(['item1 세부 사', 'item1 째 사업', '  item2 셋', '  item2 넷']);
    expect(checkEditorContent(editor.getJSON())).toBeNull();
  });

  it('across top-level blocks takes the last block’s notes along with their refs and drops the blocks in between', () => {
    const editor = editorWith(
      documentWith([item(1, 'A', item(2, line('세부 사업', ref('n')), note('N', 'n'))), textNode('heading', '사이'), paragraph(line('둘째 사업', ref('m')), note('M', 'm'), item(2, '셋'))]),
    );
    selectFromTo(editor, '세부 사', '둘');
    press(editor, 'Enter');
    expect(outline(editor)).toEqual(['item1 A', '  item2 세부 사', '  item2 째 사업*', '    note M', '  item2 셋']);
    expect(checkEditorContent(editor.getJSON())).toBeNull();
  });

  it('keeps the last block apart where its refs cannot join the first (a remark)', () => {
    const editor = editorWith(documentWith([item(1, 'A', textNode('remark', '비고 내용'), item(2, line('둘째 사업', ref('m')), note('M', 'm')))]));
    selectFromTo(editor, '비고', '둘');
    press(editor, 'Enter');
    expect(outline(editor)).toEqual(['item1 A', '  remark 비고', '  remark', '  item2 째 사업*', '    note M']);
    expect(checkEditorContent(editor.getJSON())).toBeNull();
  });
});

describe.each(['Backspace', 'Delete'])('%s over a selection', (key) => {
  it('from a block into its child deletes it as a join: no emptied item is left, the child’s children stay in order', () => {
    const editor = editorWith(documentWith([item(1, '세부 사업', item(2, '둘째 사업', item(3, '셋')), item(2, '넷'))]));
    selectFromTo(editor, '세부 사', '둘');
    expect(press(editor, key)).toBe(true);
    expect(outline(editor)).toEqual(['item1 세부 사째 사업', '  item2 셋', '  item2 넷']);
    expect(caret(editor)).toBe('line:세부 사|째 사업');
    expect(checkEditorContent(editor.getJSON())).toBeNull();
  });

  it('across top-level blocks takes the last block’s notes along with their refs, leaving no emptied paragraph', () => {
    const editor = editorWith(documentWith([item(1, 'A', item(2, '세부 사업')), textNode('heading', '사이'), paragraph(line('둘째 사업', ref('m')), note('M', 'm'), item(2, '셋'))]));
    selectFromTo(editor, '세부 사', '둘');
    press(editor, key);
    expect(outline(editor)).toEqual(['item1 A', '  item2 세부 사째 사업*', '    note M', '  item2 셋']);
    expect(caret(editor)).toBe('line:세부 사|째 사업*');
    expect(checkEditorContent(editor.getJSON())).toBeNull();
  });

  it('inside one block deletes just the selected text', () => {
    const editor = editorWith(documentWith([item(1, '앞가운데뒤', item(2, '아래'))]));
    selectFromTo(editor, '앞', '앞가운데');
    press(editor, key);
    expect(outline(editor)).toEqual(['item1 앞뒤', '  item2 아래']);
    expect(caret(editor)).toBe('line:앞|뒤');
  });
});

describe('Tab and Shift+Tab', () => {
  it('demote an item under the one above, carrying its children', () => {
    const editor = editorWith(documentWith([item(1, 'A'), item(1, 'B', item(2, 'C'))]));
    cursorAt(editor, 'B');
    expect(press(editor, 'Tab')).toBe(true);
    expect(outline(editor)).toEqual(['item1 A', '  item2 B', '    item3 C']);
  });

  it('never create a skipped level', () => {
    const editor = editorWith(documentWith([item(1, 'A', item(2, 'B')), item(1, 'C')]));
    cursorAt(editor, 'B');
    expect(press(editor, 'Tab')).toBe(false);
    expect(outline(editor)).toEqual(['item1 A', '  item2 B', 'item1 C']);
    cursorAt(editor, 'A');
    expect(press(editor, 'Tab')).toBe(false);
  });

  it('promote an item with its children; later siblings stay in reading order under it', () => {
    const editor = editorWith(documentWith([item(1, 'A', item(2, 'B', item(3, 'C')), item(2, 'D'))]));
    cursorAt(editor, 'B');
    press(editor, 'Tab', { shiftKey: true });
    expect(outline(editor)).toEqual(['item1 A', 'item1 B', '  item2 C', '  item2 D']);
    expect(caret(editor)).toBe('line:B|');
  });

  it('turn a paragraph into a ㅇ item under the block above', () => {
    const editor = editorWith(documentWith([paragraph('문단'), paragraph('둘째')]));
    cursorAt(editor, '둘째');
    press(editor, 'Tab');
    expect(outline(editor)).toEqual(['paragraph 문단', '  item2 둘째']);
  });
});

describe('Backspace at the start of a block', () => {
  it('merges into the end of the line above, notes along', () => {
    const editor = editorWith(documentWith([item(1, 'A', item(2, line('B', ref('n')), note('N', 'n')))]));
    cursorAt(editor, 'B', 0);
    press(editor, 'Backspace');
    expect(outline(editor)).toEqual(['item1 AB*', '  note N']);
    expect(caret(editor)).toBe('line:A|B*');
  });

  it('turns a first level-1 item into a paragraph', () => {
    const editor = editorWith(documentWith([item(1, 'A')]));
    cursorAt(editor, 'A', 0);
    press(editor, 'Backspace');
    expect(outline(editor)).toEqual(['paragraph A']);
  });

  it('does nothing special in the middle of a line', () => {
    const editor = editorWith(documentWith([item(1, 'AB')]));
    cursorAt(editor, 'A');
    expect(press(editor, 'Backspace')).toBe(false);
  });
});

describe('Delete at the end of a block', () => {
  it('joins the next block’s text, from a child or the next top-level block', () => {
    const editor = editorWith(documentWith([item(1, 'A', item(2, 'B')), item(1, 'C')]));
    cursorAt(editor, 'A');
    press(editor, 'Delete');
    expect(outline(editor)).toEqual(['item1 AB', 'item1 C']);
    cursorAt(editor, 'AB');
    press(editor, 'Delete');
    expect(outline(editor)).toEqual(['item1 ABC']);
    expect(caret(editor)).toBe('line:AB|C');
  });

  it('never joins across a block’s notes or out of the body', () => {
    const editor = editorWith(documentWith([item(1, line('A', ref('n')), note('N', 'n')), item(1, 'B')]));
    cursorAt(editor, 'A');
    editor.commands.setTextSelection(editor.state.selection.from + 1);
    press(editor, 'Delete');
    expect(outline(editor)).toEqual(['item1 A*', '  note N', 'item1 B']);
    cursorAt(editor, 'B');
    press(editor, 'Delete');
    expect(outline(editor)).toEqual(['item1 A*', '  note N', 'item1 B']);
    expect(caret(editor)).toBe('line:B|');
  });
});

describe('block type commands', () => {
  it('setItemLevel makes an item where the level is possible, and fails where it would skip', () => {
    const editor = editorWith(documentWith([paragraph('A'), paragraph('B')]));
    cursorAt(editor, 'B');
    expect(editor.commands.setItemLevel(3)).toBe(false);
    expect(editor.commands.setItemLevel(2)).toBe(true);
    expect(outline(editor)).toEqual(['paragraph A', '  item2 B']);
    expect(editor.commands.setItemLevel(1)).toBe(true);
    expect(outline(editor)).toEqual(['paragraph A', 'item1 B']);
  });

  it('setParagraph, setSectionHeading and setRemark change the block kind', () => {
    const editor = editorWith(documentWith([item(1, 'A', item(2, 'B'))]));
    cursorAt(editor, 'B');
    editor.commands.setRemark();
    expect(outline(editor)).toEqual(['item1 A', '  remark B']);
    cursorAt(editor, 'A');
    editor.commands.setParagraph();
    expect(outline(editor)).toEqual(['paragraph A', '  remark B']);
    editor.commands.setSectionHeading();
    expect(outline(editor)).toEqual(['heading A', 'remark B']);
  });

  it('refuses to make a block with notes a heading (the notes would be lost)', () => {
    const editor = editorWith(documentWith([item(1, line('A', ref('n')), note('N', 'n'))]));
    cursorAt(editor, 'A');
    expect(editor.commands.setSectionHeading()).toBe(false);
  });

  it('the level shortcuts set the level', () => {
    const editor = editorWith(documentWith([item(1, 'A'), paragraph('B')]));
    cursorAt(editor, 'B');
    press(editor, '2', { ctrlKey: true, altKey: true });
    expect(outline(editor)).toEqual(['item1 A', '  item2 B']);
  });
});

describe('remarks', () => {
  it('Enter continues a remark; Enter on an empty remark makes it a plain block at its level', () => {
    const editor = editorWith(documentWith([item(1, 'A', textNode('remark', '비고'))]));
    cursorAt(editor, '비고');
    press(editor, 'Enter');
    expect(outline(editor)).toEqual(['item1 A', '  remark 비고', '  remark']);
    press(editor, 'Enter');
    expect(outline(editor)).toEqual(['item1 A', '  remark 비고', '  item2']);
  });

  it('Backspace at the start of a line after a remark merges into it when the line is plain text', () => {
    const editor = editorWith(documentWith([item(1, 'A', textNode('remark', '비고'), item(2, '끝'))]));
    cursorAt(editor, '끝', 0);
    press(editor, 'Backspace');
    expect(outline(editor)).toEqual(['item1 A', '  remark 비고끝']);
    expect(caret(editor)).toBe('remark:비고|끝');
  });
});

describe('the other block shortcuts and commands', () => {
  it('Mod-Alt-0, Mod-Alt-9 and Mod-Alt-r make a paragraph, a section heading and a remark', () => {
    const editor = editorWith(documentWith([item(1, 'A')]));
    cursorAt(editor, 'A');
    press(editor, 'r', { ctrlKey: true, altKey: true });
    expect(outline(editor)).toEqual(['remark A']);
    press(editor, '9', { ctrlKey: true, altKey: true });
    expect(outline(editor)).toEqual(['heading A']);
    press(editor, '0', { ctrlKey: true, altKey: true });
    expect(outline(editor)).toEqual(['paragraph A']);
  });

  it('demoteBlock and promoteBlock are the Tab and Shift+Tab commands', () => {
    const editor = editorWith(documentWith([item(1, 'A'), item(1, 'B')]));
    cursorAt(editor, 'B');
    expect(editor.can().demoteBlock()).toBe(true);
    editor.commands.demoteBlock();
    expect(outline(editor)).toEqual(['item1 A', '  item2 B']);
    expect(editor.can().demoteBlock()).toBe(false);
    editor.commands.promoteBlock();
    expect(outline(editor)).toEqual(['item1 A', 'item1 B']);
    expect(editor.can().promoteBlock()).toBe(false);
  });
});

describe('marker input rules', () => {
  it.each([
    ['□ ', 'item1'],
    ['■ ', 'item1'],
    ['ㅇ ', 'item2'],
    ['○ ', 'item2'],
    ['◦ ', 'item2'],
    ['- ', 'item2'], // clamped: a level-1 block above allows level 2 at most
    ['ㆍ ', 'item2'],
    ['※ ', 'remark'],
  ])('%s at the start of a line', (marker, kind) => {
    const editor = editorWith(documentWith([item(1, 'A'), paragraph('')]));
    cursorInEmpty(editor, 'line');
    type(editor, `${marker}글`);
    const last = outline(editor).at(-1)!;
    expect(last.trim()).toBe(`${kind} 글`);
  });

  it('nests with the level asked for where it is possible', () => {
    const editor = editorWith(documentWith([item(1, 'A', item(2, 'B')), paragraph('')]));
    cursorInEmpty(editor, 'line');
    type(editor, '- 셋');
    expect(outline(editor)).toEqual(['item1 A', '  item2 B', '    item3 셋']);
    press(editor, 'Enter');
    type(editor, '· 넷');
    expect(outline(editor)).toEqual(['item1 A', '  item2 B', '    item3 셋', '      item4 넷']);
  });

  it('do not fire in the middle of a line', () => {
    const editor = editorWith(documentWith([paragraph('가')]));
    cursorAt(editor, '가');
    type(editor, '□ ');
    expect(outline(editor)).toEqual(['paragraph 가□']);
  });

  it('* at the start of a line makes it a note of the block above', () => {
    const editor = editorWith(documentWith([item(1, 'A'), paragraph('')]));
    cursorInEmpty(editor, 'line');
    type(editor, '* 설명');
    expect(outline(editor)).toEqual(['item1 A', '  note 설명']);
    expect(caret(editor)).toBe('note:설명|');
  });
});

describe('during IME composition', () => {
  it('no key changes the document or the cursor', () => {
    const editor = editorWith(documentWith([item(1, 'A'), item(1, 'B')]));
    cursorAt(editor, 'B');
    setComposing(editor, true);
    const before = editor.state;
    for (const key of ['Enter', 'Tab', 'Backspace']) press(editor, key);
    press(editor, 'Tab', { shiftKey: true });
    press(editor, 'f', { ctrlKey: true, altKey: true });
    press(editor, '2', { ctrlKey: true, altKey: true });
    expect(editor.state.doc.eq(before.doc)).toBe(true);
    expect(editor.state.selection.eq(before.selection)).toBe(true);
  });

  it('every Bodo key handler declines', () => {
    const editor = editorWith(documentWith([item(1, 'A'), item(1, 'B')]));
    cursorAt(editor, 'B');
    setComposing(editor, true);
    const handled = composingSafe({ Enter: () => true });
    expect(handled.Enter!({ editor })).toBe(false);
    setComposing(editor, false);
    expect(handled.Enter!({ editor })).toBe(true);
  });

  it('no input rule fires', () => {
    const editor = editorWith(documentWith([paragraph('')]));
    cursorInEmpty(editor, 'line');
    setComposing(editor, true);
    type(editor, 'ㅇ ');
    expect(outline(editor)).toEqual(['paragraph ㅇ']);
  });
});

describe('after IME composition ends', () => {
  it('a marker composed and committed with a space still applies', async () => {
    const editor = editorWith(documentWith([item(1, 'A'), paragraph('')]));
    cursorInEmpty(editor, 'line');
    setComposing(editor, true);
    type(editor, 'ㅇ ');
    setComposing(editor, false);
    editor.view.dom.dispatchEvent(new Event('compositionend'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(outline(editor)).toEqual(['item1 A', '  item2']);
  });

  it('* with no block above stays text', () => {
    const editor = editorWith(documentWith([paragraph('')]));
    cursorInEmpty(editor, 'line');
    type(editor, '* 별표');
    expect(outline(editor)).toEqual(['paragraph * 별표']);
  });
});

describe('title and subtitles', () => {
  it('Enter in the title goes to the first subtitle, creating it', () => {
    const editor = editorWith(documentWith([paragraph('본문')]));
    cursorAt(editor, '제목');
    press(editor, 'Enter');
    type(editor, '부제1');
    expect(editor.getJSON().content![2]).toEqual({ type: 'subtitle', content: [{ type: 'text', text: '부제1' }] });
  });

  it('Enter in a subtitle adds one; Enter on an empty one goes to the body', () => {
    const editor = editorWith(documentWith([paragraph('본문')], { subtitles: ['하나'] }));
    cursorAt(editor, '하나');
    press(editor, 'Enter');
    type(editor, '둘');
    press(editor, 'Enter');
    press(editor, 'Enter');
    const types = editor.getJSON().content!.map((n) => n.type);
    expect(types).toEqual(['header', 'title', 'subtitle', 'subtitle', 'body', 'contacts']);
    expect(caret(editor)).toBe('line:|본문');
  });

  it('Shift+Enter breaks the title into two lines', () => {
    const editor = editorWith(documentWith([paragraph('본문')]));
    cursorAt(editor, '제');
    press(editor, 'Enter', { shiftKey: true });
    expect(editor.getJSON().content![1]!.content!.map((n) => n.type)).toEqual(['text', 'hardBreak', 'text']);
  });
});
