/** A section heading inside the body (common in English releases). */
import { Node } from '@tiptap/core';
import { blockKeys, changeBlock } from './blockEditing';
import { taggedAs } from './dom';
import { composingSafe } from './keys';
import { SHORTCUTS } from './shortcuts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    sectionHeading: {
      /** Makes the cursor's block a section heading (not for blocks with notes). */
      setSectionHeading: () => ReturnType;
    };
  }
}

export const HeadingNode = Node.create({
  name: 'heading',
  group: 'block',
  content: 'text*',
  ...taggedAs('h2', 'heading'),

  addCommands() {
    return {
      setSectionHeading:
        () =>
        ({ tr }) =>
          changeBlock(tr, 'heading', 1),
    };
  },

  addKeyboardShortcuts() {
    return {
      ...blockKeys('heading'),
      ...composingSafe({ [SHORTCUTS.setSectionHeading]: () => this.editor.commands.setSectionHeading() }),
    };
  },
});
