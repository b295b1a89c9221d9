/** One person in the contact table: role 책임자 (head) or 담당자 (staff), "과장 이영희 (044-202-6000)". */
import { Node } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { choiceAttribute, taggedAs } from './dom';
import { composingSafe, cursorTextblock, enterEmptyRowBelow, runEdit } from './keys';
import { SUGGESTION_GROUP } from './suggestionMark';

export const CONTACT_ROLES = ['head', 'staff'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    contact: {
      /** Adds a person under the cursor's contact (or a new department group when outside the table). */
      addContact: (role?: ContactRole) => ReturnType;
      /** Adds a department group with one head at the end of the contact table. */
      addContactGroup: () => ReturnType;
    };
  }
}

export const ContactNode = Node.create({
  name: 'contact',
  content: 'text*',
  marks: SUGGESTION_GROUP,
  ...taggedAs('p', 'contact'),

  addAttributes() {
    return { role: choiceAttribute<ContactRole>('role', CONTACT_ROLES, 'staff') };
  },

  addCommands() {
    return {
      addContact:
        (role = 'staff') =>
        ({ tr, commands }) => {
          const { $from } = tr.selection;
          const inGroup = $from.depth >= 2 && $from.node(-1).type.name === 'contactGroup';
          if (!inGroup || !$from.parent.isTextblock) return commands.addContactGroup();
          const at = $from.parent.type === this.type ? $from.after() : $from.end(-1) + 1;
          tr.insert(at, this.type.create({ role }));
          tr.setSelection(TextSelection.create(tr.doc, at + 1));
          return true;
        },
      addContactGroup:
        () =>
        ({ tr }) => {
          const { contactGroup, department } = tr.doc.type.schema.nodes;
          const at = tr.doc.content.size - 1; // the end of the contacts, the document's last child
          tr.insert(at, contactGroup!.create(null, [department!.create(), this.type.create({ role: 'head' })]));
          tr.setSelection(TextSelection.create(tr.doc, at + 2));
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return composingSafe({
      // Enter adds the next person (or goes into the empty row below); Enter on an empty row removes it.
      Enter: ({ editor }) => {
        const $cursor = cursorTextblock(editor.state.tr, this.name);
        if (!$cursor) return false;
        if (runEdit(editor, (tr) => enterEmptyRowBelow(tr, this.name))) return true;
        if ($cursor.parent.content.size > 0) return editor.commands.addContact('staff');
        return runEdit(editor, (tr) => {
          const group = $cursor.node(-1);
          // The last person of a group takes the group with it.
          if (group.childCount === 2) tr.delete($cursor.before(-1), $cursor.after(-1));
          else tr.delete($cursor.before(), $cursor.after());
          tr.setSelection(TextSelection.near(tr.doc.resolve(tr.mapping.map($cursor.before())), -1));
          return true;
        });
      },
    });
  },
});
