/**
 * A noteRef: the asterisk after a marked term (NPU*). It shows `*`, `**`, `***` by its position
 * among the refs of its line, drawn by a CSS counter, so adding one never renumbers in JS.
 */
import { Node } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { refIdsIn } from './blockEditing';
import { noteIdAttribute, taggedAs } from './dom';
import { composingSafe } from './keys';
import { newNoteId } from './noteIds';
import { SHORTCUTS } from './shortcuts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    noteRef: {
      /** Marks the term before the cursor with a note and puts the cursor in the new note. */
      insertNote: () => ReturnType;
    };
  }
}

export const NoteRefNode = Node.create({
  name: 'noteRef',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: false,
  ...taggedAs('sup', 'noteRef', { leaf: true }),

  addAttributes() {
    return { id: noteIdAttribute };
  },

  renderText() {
    return '*';
  },

  addCommands() {
    return {
      insertNote:
        () =>
        ({ tr }) => {
          const at = tr.selection.to;
          const $at = tr.doc.resolve(at);
          if ($at.parent.type.name !== 'line') return false;
          const id = newNoteId();
          const { noteRef, note } = tr.doc.type.schema.nodes;
          tr.insert(at, noteRef!.create({ id }));
          // The new note goes where its ref's order puts it among the block's notes.
          const $ref = tr.doc.resolve(at);
          const block = $ref.node(-1);
          const line = block.child(0);
          const refIds = refIdsIn(line);
          const noteIds = new Set<string>();
          block.forEach((child) => {
            if (child.type.name === 'note') noteIds.add(child.attrs.id as string);
          });
          const notesBefore = refIds.slice(0, refIds.indexOf(id)).filter((ref) => noteIds.has(ref)).length;
          let notePos = $ref.start(-1) + line.nodeSize;
          for (let i = 1; i <= notesBefore; i++) notePos += block.child(i).nodeSize;
          tr.insert(notePos, note!.create({ id }));
          tr.setSelection(TextSelection.create(tr.doc, notePos + 1));
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return composingSafe({ [SHORTCUTS.insertNote]: () => this.editor.commands.insertNote() });
  },
});
