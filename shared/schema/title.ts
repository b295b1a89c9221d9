/** The title: one or two lines (Shift+Enter breaks it; the release keeps the break as "\n"). */
import { Node } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { taggedAs } from './dom';
import { composingSafe, keyInTextblock } from './keys';

export const TitleNode = Node.create({
  name: 'title',
  content: '(text | hardBreak)*',
  ...taggedAs('h1', 'title'),

  addKeyboardShortcuts() {
    return composingSafe({
      // Enter goes on to the first subtitle, creating it when there is none yet.
      Enter: keyInTextblock(this.name, (tr, $cursor) => {
        const after = $cursor.after();
        if (tr.doc.resolve(after).nodeAfter?.type.name !== 'subtitle') {
          tr.insert(after, this.editor.schema.nodes.subtitle!.create());
        }
        tr.setSelection(TextSelection.create(tr.doc, after + 1));
        return true;
      }),
      Backspace: keyInTextblock(this.name, (_tr, $cursor) => $cursor.parentOffset === 0),
    });
  },
});
