// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { releaseFromEditor } from '../document/convert';
import { cursorAt, destroyEditors, documentWith, editorWith, item, paragraph, textNode, type } from '../schema/testing';
import { commentAnchors } from './anchors';

afterEach(destroyEditors);

function select(editor: ReturnType<typeof editorWith>, needle: string): void {
  cursorAt(editor, needle, 0);
  const from = editor.state.selection.from;
  editor.commands.setTextSelection({ from, to: from + needle.length });
}

function commented(needle = '예산을 확정했다') {
  const editor = editorWith(documentWith([item(1, '정부는 내년 예산을 확정했다'), paragraph('다음 문단')]));
  select(editor, needle);
  editor.commands.addComment('t1');
  return editor;
}

const anchorText = (editor: ReturnType<typeof editorWith>, id = 't1') => commentAnchors(editor.state.doc).get(id)?.text;

describe('comment anchors', () => {
  it('finds the commented text and its place in the body', () => {
    const editor = commented();
    const anchor = commentAnchors(editor.state.doc).get('t1');
    expect(anchor?.text).toBe('예산을 확정했다');
    expect(anchor?.place).toEqual({ part: 'body', block: 1 });
    expect(editor.state.doc.textBetween(anchor!.from, anchor!.to)).toBe('예산을 확정했다');
  });

  it('a whole block is commented from an empty cursor', () => {
    const editor = editorWith(documentWith([item(1, '첫 항목'), paragraph('다음 문단')]));
    cursorAt(editor, '다음');
    editor.commands.addComment('t2');
    expect(commentAnchors(editor.state.doc).get('t2')).toMatchObject({ text: '다음 문단', place: { part: 'body', block: 2 } });
  });

  it('typing just before or after the range does not grow it (non-inclusive)', () => {
    const editor = commented();
    cursorAt(editor, '확정했다');
    type(editor, '!');
    cursorAt(editor, '예산을', 0);
    type(editor, '새 ');
    expect(anchorText(editor)).toBe('예산을 확정했다');
    expect(editor.state.doc.textContent).toContain('새 예산을 확정했다!');
  });

  it('survives typing and deleting inside the range', () => {
    const editor = commented();
    cursorAt(editor, '예산을 ');
    type(editor, '최종 ');
    expect(anchorText(editor)).toBe('예산을 최종 확정했다');
    cursorAt(editor, '확정');
    const { from } = editor.state.selection;
    editor.commands.deleteRange({ from: from - 2, to: from });
    expect(anchorText(editor)).toBe('예산을 최종 했다');
  });

  it('moves with the text when blocks are added before it', () => {
    const editor = commented();
    const before = commentAnchors(editor.state.doc).get('t1')!;
    editor.commands.insertContentAt(before.from - 4, '앞에 ');
    const after = commentAnchors(editor.state.doc).get('t1')!;
    expect(after.from).toBeGreaterThan(before.from);
    expect(after.text).toBe('예산을 확정했다');
  });

  it('has no anchor once its text is deleted entirely (the panel shows "text removed")', () => {
    const editor = commented();
    const anchor = commentAnchors(editor.state.doc).get('t1')!;
    editor.commands.deleteRange({ from: anchor.from, to: anchor.to });
    expect(commentAnchors(editor.state.doc).has('t1')).toBe(false);
  });

  it('overlapping threads keep their own ranges', () => {
    const editor = commented();
    cursorAt(editor, '내년', 0);
    const from = editor.state.selection.from;
    cursorAt(editor, '예산을');
    editor.commands.setTextSelection({ from, to: editor.state.selection.from });
    editor.commands.addComment('t2');
    expect(anchorText(editor, 't1')).toBe('예산을 확정했다');
    expect(anchorText(editor, 't2')).toBe('내년 예산을');
  });

  it('removeComment takes the thread out, leaving the text', () => {
    const editor = commented();
    editor.commands.removeComment('t1');
    expect(commentAnchors(editor.state.doc).size).toBe(0);
    expect(editor.state.doc.textContent).toContain('예산을 확정했다');
  });

  it('comments on the title and in attachments say where they are', () => {
    const editor = editorWith(
      documentWith([item(1, '본문')], {
        attachments: [{ type: 'attachment', attrs: { kind: 'reference' }, content: [textNode('attachmentTitle', '추진 경과'), item(1, '세부 내용')] }],
      }),
    );
    select(editor, '제목');
    editor.commands.addComment('title');
    select(editor, '세부');
    editor.commands.addComment('annex');
    const anchors = commentAnchors(editor.state.doc);
    expect(anchors.get('title')?.place).toEqual({ part: 'title' });
    expect(anchors.get('annex')?.place).toEqual({ part: 'attachment', index: 1, block: 1 });
  });

  it('the release (and so every export) carries no comment', () => {
    const plain = editorWith(documentWith([item(1, '정부는 내년 예산을 확정했다'), paragraph('다음 문단')]));
    const editor = commented();
    expect(releaseFromEditor(editor.getJSON())).toEqual(releaseFromEditor(plain.getJSON()));
  });
});
