// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { caret, cursorAt, destroyEditors, documentWith, editorWith, item, line, note, outline, paragraph, press, ref } from './testing';

afterEach(destroyEditors);

const noteIds = (editor: ReturnType<typeof editorWith>) => {
  const ids: unknown[] = [];
  editor.state.doc.descendants((node) => {
    if (node.type.name === 'note') ids.push(node.attrs.id);
  });
  return ids;
};

describe('insertNote (Mod-Alt-f)', () => {
  it('marks the term before the cursor and puts the cursor in the new note', () => {
    const editor = editorWith(documentWith([item(1, 'NPU를 쓴다')]));
    cursorAt(editor, 'NPU');
    press(editor, 'f', { ctrlKey: true, altKey: true });
    expect(outline(editor)).toEqual(['item1 NPU*를 쓴다', '  note']);
    expect(caret(editor)).toBe('note:|');
    editor.commands.insertContent('신경망처리장치');
    expect(outline(editor)).toEqual(['item1 NPU*를 쓴다', '  note 신경망처리장치']);
  });

  it('places the note by the order of its ref among the block’s refs', () => {
    const editor = editorWith(documentWith([item(1, line('가 나', ref('b')), note('나 설명', 'b'))]));
    cursorAt(editor, '가');
    editor.commands.insertNote();
    editor.commands.insertContent('가 설명');
    expect(outline(editor)).toEqual(['item1 가* 나*', '  note 가 설명', '  note 나 설명']);
  });

  it('goes before the block’s children and works in paragraphs', () => {
    const editor = editorWith(documentWith([paragraph('문단', item(2, '자식'))]));
    cursorAt(editor, '문단');
    expect(editor.commands.insertNote()).toBe(true);
    expect(outline(editor)).toEqual(['paragraph 문단*', '  note', '  item2 자식']);
  });

  it('is not available outside a body line', () => {
    const editor = editorWith(documentWith([paragraph('본문')]));
    cursorAt(editor, '제목');
    expect(editor.commands.insertNote()).toBe(false);
  });
});

describe('note upkeep', () => {
  it('deleting a ref deletes its note in the same undo step', () => {
    const editor = editorWith(documentWith([item(1, line('가', ref('a'), { type: 'text', text: '나' }, ref('b')), note('A', 'a'), note('B', 'b'))]));
    cursorAt(editor, '가');
    editor.commands.deleteRange({ from: editor.state.selection.from, to: editor.state.selection.from + 1 });
    expect(outline(editor)).toEqual(['item1 가나*', '  note B']);
    editor.commands.undo();
    expect(outline(editor)).toEqual(['item1 가*나*', '  note A', '  note B']);
  });

  it('keeps notes in the order of their refs when refs move', () => {
    const editor = editorWith(documentWith([item(1, line('가', ref('a'), { type: 'text', text: '나' }, ref('b')), note('A', 'a'), note('B', 'b'))]));
    // Drag "가*" after "나*" (one transaction): the refs swap order, so must the notes.
    cursorAt(editor, '가', 0);
    const from = editor.state.selection.from;
    const end = editor.state.selection.$from.end();
    const tr = editor.state.tr;
    tr.insert(end, editor.state.doc.slice(from, from + 2).content).delete(from, from + 2);
    editor.view.dispatch(tr);
    expect(outline(editor)).toEqual(['item1 나*가*', '  note B', '  note A']);
  });

  it('keeps notes without refs, after the referenced ones', () => {
    const editor = editorWith(documentWith([item(1, line('가', ref('a')), note('unlinked'), note('A', 'a'))]));
    cursorAt(editor, '가');
    editor.commands.insertContent('!');
    expect(outline(editor)).toEqual(['item1 가!*', '  note A', '  note unlinked']);
  });

  it('Backspace in an empty note deletes the note and its ref', () => {
    const editor = editorWith(documentWith([item(1, line('가', ref('a')), note('', 'a'))]));
    editor.commands.setTextSelection(editor.state.doc.content.size); // anywhere, then into the note
    let notePos = 0;
    editor.state.doc.descendants((node, pos) => {
      if (node.type.name === 'note') notePos = pos + 1;
    });
    editor.commands.setTextSelection(notePos);
    press(editor, 'Backspace');
    expect(outline(editor)).toEqual(['item1 가']);
    expect(caret(editor)).toBe('line:가|');
  });

  it('Enter in a note starts another, unlinked note', () => {
    const editor = editorWith(documentWith([item(1, line('가', ref('a')), note('A', 'a'))]));
    cursorAt(editor, 'A');
    press(editor, 'Enter');
    expect(outline(editor)).toEqual(['item1 가*', '  note A', '  note']);
    const ids = noteIds(editor);
    expect(ids[1]).not.toBe(ids[0]);
    press(editor, 'Enter');
    expect(outline(editor)).toEqual(['item1 가*', '  note A', 'item1']);
  });
});

describe('pasting', () => {
  it('gives pasted refs and notes fresh ids, still paired', () => {
    const editor = editorWith(documentWith([item(1, line('가', ref('a')), note('A', 'a')), paragraph('')]));
    const block = editor.state.doc.child(2).firstChild!;
    const slice = editor.state.doc.slice(editor.state.doc.child(0).nodeSize + editor.state.doc.child(1).nodeSize + 1, editor.state.doc.child(0).nodeSize + editor.state.doc.child(1).nodeSize + 1 + block.nodeSize);
    let pasted = slice;
    editor.view.someProp('transformPasted', (transform) => {
      pasted = transform(pasted, editor.view, false);
    });
    const ids: unknown[] = [];
    pasted.content.descendants((node) => {
      if (node.type.name === 'noteRef' || node.type.name === 'note') ids.push(node.attrs.id);
    });
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[0]).not.toBe('a');
  });
});
