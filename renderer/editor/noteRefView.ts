/**
 * The noteRef (the `*` after a marked term) as the schema draws it, plus one invisible
 * character inside. Its asterisks come from a CSS counter, so the element is otherwise empty,
 * and Chrome cannot start an IME composition right after an empty uneditable element: the
 * first jamo of the next syllable is committed on its own (NPU*ㄹ를 instead of NPU*를).
 * Any text inside the element avoids that; a zero-width space shows nothing and is never
 * read back, since the noteRef is a leaf and its DOM content is ignored.
 */
import { Extension } from '@tiptap/core';
import { DOMSerializer } from '@tiptap/pm/model';
import { Plugin } from '@tiptap/pm/state';

export const NoteRefCompositionFix = Extension.create({
  name: 'noteRefCompositionFix',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        props: {
          nodeViews: {
            noteRef: (node) => {
              const toDOM = node.type.spec.toDOM;
              if (!toDOM) throw new Error('noteRef has no toDOM');
              const { dom } = DOMSerializer.renderSpec(document, toDOM(node));
              dom.appendChild(document.createTextNode('\u200b'));
              return { dom, ignoreMutation: () => true };
            },
          },
        },
      }),
    ];
  },
});
