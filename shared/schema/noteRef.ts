/**
 * A noteRef: the asterisk after a marked term (NPU*). It shows `*`, `**`, `***` by its position
 * among the refs of its line, drawn by a CSS counter, so adding one never renumbers in JS.
 */
import { Node } from '@tiptap/core';
import { Fragment, Slice, type Node as PMNode } from '@tiptap/pm/model';
import { Plugin, TextSelection } from '@tiptap/pm/state';
import { refIdsIn } from './blockEditing';
import { noteIdAttribute, taggedAs } from './dom';
import { composingSafe } from './keys';
import { newNoteId } from './noteIds';
import { SHORTCUTS } from './shortcuts';

/** Pasted refs and notes get fresh ids (kept paired), so a copy never shares a note with its original. */
function withFreshNoteIds(slice: Slice): Slice {
  const fresh = new Map<unknown, string>();
  const renew = (fragment: Fragment): Fragment => {
    const nodes: PMNode[] = [];
    fragment.forEach((node) => {
      const content = renew(node.content);
      if ((node.type.name === 'noteRef' || node.type.name === 'note') && node.attrs.id != null) {
        if (!fresh.has(node.attrs.id)) fresh.set(node.attrs.id, newNoteId());
        nodes.push(node.type.create({ ...node.attrs, id: fresh.get(node.attrs.id) }, content, node.marks));
      } else {
        nodes.push(node.isText ? node : node.copy(content));
      }
    });
    return Fragment.fromArray(nodes);
  };
  return new Slice(renew(slice.content), slice.openStart, slice.openEnd);
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    noteRef: {
      /** Marks the term before the cursor with a note and puts the cursor in the new note. */
      insertNote: () => ReturnType;
    };
  }
}

const noteRefTag = taggedAs('sup', 'noteRef', { leaf: true });

export const NoteRefNode = Node.create({
  name: 'noteRef',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: false,
  ...noteRefTag,
  /**
   * One invisible character inside. The asterisks come from a CSS counter, so the element is
   * otherwise empty, and Chrome cannot start an IME composition right after an empty
   * uneditable element: the first jamo of the next syllable is committed on its own (NPU*ㄹ를
   * instead of NPU*를). A leaf's DOM content is never read back.
   */
  renderHTML: (props) => [...noteRefTag.renderHTML(props), '\u200b'],

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

  addProseMirrorPlugins() {
    return [new Plugin({ props: { transformPasted: withFreshNoteIds } })];
  },

  addKeyboardShortcuts() {
    return composingSafe({ [SHORTCUTS.insertNote]: () => this.editor.commands.insertNote() });
  },
});
