/** A ※ remark: a free-standing comment, at the top of the body or under a block. */
import { Node } from '@tiptap/core';
import { blockKeys, changeBlock, lineMarkerRule } from './blockEditing';
import { taggedAs } from './dom';
import { composingSafe } from './keys';
import { SHORTCUTS } from './shortcuts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    remark: {
      /** Makes the cursor's block a ※ remark at its level (not for blocks with notes). */
      setRemark: () => ReturnType;
    };
  }
}

export const RemarkNode = Node.create({
  name: 'remark',
  group: 'block',
  content: 'text*',
  ...taggedAs('p', 'remark'),

  addCommands() {
    return {
      setRemark:
        () =>
        ({ tr }) =>
          changeBlock(tr, 'remark', 'same'),
    };
  },

  addKeyboardShortcuts() {
    return {
      ...blockKeys('remark'),
      ...composingSafe({ [SHORTCUTS.setRemark]: () => this.editor.commands.setRemark() }),
    };
  },

  addInputRules() {
    return [
      lineMarkerRule(/^※ $/, (tr) => changeBlock(tr, 'remark', 'same')),
    ];
  },
});
