/** The attachment pointer line at the end of the body (【붙임】 …); exported as a paragraph. */
import { Node } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { blockKeys, changeBlock, lineMarkerRule } from './blockEditing';
import { documentLanguage } from './docAttrs';
import { taggedAs } from './dom';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    pointer: {
      /** Makes the cursor's block the pointer line; a Korean one gets its 【붙임】 label. */
      setPointer: () => ReturnType;
    };
  }
}

/** `[붙임] ` typed at the start of a body line (the brackets a keyboard has), or `【붙임】 `. */
const TYPED_POINTER = /^[[【]\s*(붙임|참고|별첨)\s*[\]】] $/;

/** Turns the cursor's block into a pointer whose text starts with 【label】 (unless it has one). */
function makePointer(tr: Transaction, label: string | null): boolean {
  if (!changeBlock(tr, 'pointer', 1)) return false;
  const { $from } = tr.selection;
  if (label !== null && !$from.parent.textContent.startsWith('【')) tr.insertText(`【${label}】 `, $from.start());
  return true;
}

export const PointerNode = Node.create({
  name: 'pointer',
  group: 'block',
  content: 'text*',
  ...taggedAs('p', 'pointer'),

  addCommands() {
    return {
      setPointer:
        () =>
        ({ tr }) =>
          makePointer(tr, documentLanguage(tr.doc.attrs) === 'ko' ? '붙임' : null),
    };
  },

  addKeyboardShortcuts() {
    return blockKeys('pointer');
  },

  addInputRules() {
    return [
      lineMarkerRule(TYPED_POINTER, (tr, match) => makePointer(tr, match[1]!)),
    ];
  },
});
