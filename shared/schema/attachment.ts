/**
 * An attachment page, 참고 (reference) or 붙임 (annex), numbered per kind by position with
 * CSS counters. Its body is almost always □식, so a new one starts with a level-1 item.
 */
import { Node } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import type { AttachmentKind } from './docAttrs';
import { choiceAttribute, taggedAs } from './dom';
import { SUGGESTION_GROUP } from './suggestionMark';

export const ATTACHMENT_KINDS: readonly AttachmentKind[] = ['reference', 'annex'];

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    attachment: {
      /** Adds a 참고 or 붙임 page at the end and puts the cursor in its title. */
      addAttachment: (kind: AttachmentKind) => ReturnType;
      /** Switches the cursor's attachment between 참고 and 붙임. */
      setAttachmentKind: (kind: AttachmentKind) => ReturnType;
    };
  }
}

export const AttachmentNode = Node.create({
  name: 'attachment',
  content: 'attachmentTitle block+',
  // Whole blocks inside can be suggested (inserted or deleted) in Suggesting mode.
  marks: SUGGESTION_GROUP,
  ...taggedAs('section', 'attachment'),

  addAttributes() {
    return { kind: choiceAttribute<AttachmentKind>('kind', ATTACHMENT_KINDS, 'reference') };
  },

  addCommands() {
    return {
      addAttachment:
        (kind) =>
        ({ tr }) => {
          const { attachmentTitle, item, line } = tr.doc.type.schema.nodes;
          const page = this.type.create({ kind }, [attachmentTitle!.create(), item!.create({ level: 1 }, line!.create())]);
          // Attachments sit just before the contacts, the document's last child.
          const at = tr.doc.content.size - tr.doc.lastChild!.nodeSize;
          tr.insert(at, page);
          tr.setSelection(TextSelection.create(tr.doc, at + 2));
          return true;
        },
      setAttachmentKind:
        (kind) =>
        ({ tr }) => {
          const { $from } = tr.selection;
          for (let d = $from.depth; d > 0; d--) {
            if ($from.node(d).type === this.type) {
              tr.setNodeAttribute($from.before(d), 'kind', kind);
              return true;
            }
          }
          return false;
        },
    };
  },
});
