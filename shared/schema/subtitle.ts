/** A subtitle (부제), written "- … -" in print; a release has one to three. */
import { Node } from '@tiptap/core';
import { taggedAs } from './dom';
import { composingSafe, enterEmptyRowBelow, keyInTextblock, selectTextblockFrom } from './keys';

export const SubtitleNode = Node.create({
  name: 'subtitle',
  content: 'text*',
  ...taggedAs('p', 'subtitle'),

  addKeyboardShortcuts() {
    return composingSafe({
      // Enter adds another subtitle (or goes into the empty one below); Enter on an empty one
      // drops it and goes to the body.
      Enter: keyInTextblock(this.name, (tr, $cursor) => {
        if (enterEmptyRowBelow(tr, this.name)) return true;
        if ($cursor.parent.content.size === 0) {
          const before = $cursor.before();
          tr.delete(before, $cursor.after());
          return selectTextblockFrom(tr, before);
        }
        tr.split($cursor.pos);
        return true;
      }),
    });
  },
});
