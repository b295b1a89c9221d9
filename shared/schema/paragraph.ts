/** A plain paragraph (문단식, 기사체): no marker, counts as level 1, may carry notes and ㅇ children. */
import { Node } from '@tiptap/core';
import { blockKeys, changeBlock } from './blockEditing';
import { taggedAs } from './dom';
import { composingSafe } from './keys';
import { SHORTCUTS } from './shortcuts';
import { SUGGESTION_GROUP } from './suggestionMark';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    paragraph: {
      /** Makes the cursor's block a plain paragraph at the top level (children along). */
      setParagraph: () => ReturnType;
    };
  }
}

export const ParagraphNode = Node.create({
  name: 'paragraph',
  group: 'block',
  content: 'line note* (item | remark)*',
  // Whole blocks inside can be suggested (inserted or deleted) in Suggesting mode.
  marks: SUGGESTION_GROUP,
  ...taggedAs('div', 'paragraph'),

  addCommands() {
    return {
      setParagraph:
        () =>
        ({ tr }) =>
          changeBlock(tr, 'paragraph', 1),
    };
  },

  addKeyboardShortcuts() {
    return {
      ...blockKeys('paragraph'),
      ...composingSafe({ [SHORTCUTS.setParagraph]: () => this.editor.commands.setParagraph() }),
    };
  },
});
