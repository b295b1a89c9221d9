// @vitest-environment jsdom
import fc from 'fast-check';
import type { Node as PMNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { PLACEHOLDERS } from './placeholders';
import { destroyEditors, documentWith, editorWith, item, line, note, paragraph, press, ref, textNode, type } from './testing';

afterEach(destroyEditors);

/** No two notes share an id (a ref must find exactly one note). */
function noteIdsUnique(doc: PMNode): boolean {
  const ids: unknown[] = [];
  doc.descendants((node) => {
    if (node.type.name === 'note') ids.push(node.attrs.id);
    return true;
  });
  return new Set(ids).size === ids.length;
}

/** Every empty field shows its prompt and no filled one does (the prompts are kept incrementally). */
function promptsMatchEmptiness(editor: ReturnType<typeof editorWith>): boolean {
  let empty = 0;
  editor.state.doc.descendants((node) => {
    if (node.isTextblock && node.content.size === 0 && PLACEHOLDERS.ko[node.type.name]) empty++;
    return !node.isTextblock;
  });
  const shown = editor.view.dom.querySelectorAll('[data-placeholder]');
  return shown.length === empty && [...shown].every((element) => element.classList.contains('is-empty'));
}

/** Every item's level equals its depth. */
function levelsMirrorDepth(doc: PMNode): boolean {
  let ok = true;
  doc.descendants((node, pos) => {
    if (node.type.name !== 'item') return true;
    const $pos = doc.resolve(pos);
    let depth = 1;
    for (let d = $pos.depth; d > 0; d--) if (['item', 'paragraph'].includes($pos.node(d).type.name)) depth++;
    if (node.attrs.level !== Math.min(depth, 4)) ok = false;
    return true;
  });
  return ok;
}

const KEYS = [
  ['Enter', {}],
  ['Backspace', {}],
  ['Delete', {}],
  ['Tab', {}],
  ['Tab', { shiftKey: true }],
  ['f', { ctrlKey: true, altKey: true }],
  ['1', { ctrlKey: true, altKey: true }],
  ['3', { ctrlKey: true, altKey: true }],
  ['0', { ctrlKey: true, altKey: true }],
  ['9', { ctrlKey: true, altKey: true }],
  ['r', { ctrlKey: true, altKey: true }],
] as const;
const TYPED = ['가', '□ ', 'ㅇ ', '- ', '· ', '※ ', '* '];

describe('editing never breaks the document', () => {
  it('keys and typed markers anywhere keep it valid, with levels equal to depth one note per id, and a prompt in exactly the empty fields', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            where: fc.nat(),
            action: fc.oneof(fc.constantFrom(...KEYS.map((_, i) => i)), fc.constantFrom(...TYPED)),
          }),
          { maxLength: 25 },
        ),
        (steps) => {
          const editor = editorWith(
            documentWith([
              item(1, line('가', ref('a')), note('A', 'a'), item(2, '나', item(3, '다')), textNode('remark', '비고')),
              paragraph('문단', item(2, '라')),
              textNode('heading', '소제목'),
              item(1, ''),
            ]),
          );
          for (const { where, action } of steps) {
            const positions: number[] = [];
            editor.state.doc.descendants((node, pos) => {
              if (node.isTextblock) positions.push(pos + 1, pos + 1 + node.content.size);
              return true;
            });
            const at = positions[where % positions.length]!;
            editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, at)));
            if (typeof action === 'string') type(editor, action);
            else press(editor, KEYS[action]![0], KEYS[action]![1]);
            editor.state.doc.check();
            expect(levelsMirrorDepth(editor.state.doc)).toBe(true);
            expect(noteIdsUnique(editor.state.doc)).toBe(true);
            expect(promptsMatchEmptiness(editor)).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
