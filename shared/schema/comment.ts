/**
 * A comment's anchor: the commented text carries a `comment` mark naming its thread (the thread
 * itself lives in the `.bodo` envelope, shared/review/threads.ts). Non-inclusive, so typing at
 * either edge does not grow the range; several threads may cover the same text. Exports never
 * see it: `releaseFromEditor` reads plain text only.
 */
import { Mark, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    comment: {
      /** Anchors thread `threadId` on the selection, or on the whole textblock at an empty cursor. */
      addComment: (threadId: string) => ReturnType;
      /** Takes every anchor of thread `threadId` out of the document (the thread was deleted). */
      removeComment: (threadId: string) => ReturnType;
    };
  }
}

export const CommentMark = Mark.create({
  name: 'comment',
  inclusive: false,
  // Overlapping threads: another comment mark (different thread) may sit on the same text.
  excludes: '',

  addAttributes() {
    return {
      threadId: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-thread-id'),
        renderHTML: (attributes) => ({ 'data-thread-id': attributes.threadId as string }),
      },
    };
  },

  addCommands() {
    return {
      addComment:
        (threadId) =>
        ({ state, tr, dispatch }) => {
          const { selection } = state;
          const { $from } = selection;
          const [from, to] = selection.empty ? [$from.start(), $from.end()] : [selection.from, selection.to];
          if (!state.doc.textBetween(from, to).trim()) return false;
          if (dispatch) tr.addMark(from, to, this.type.create({ threadId }));
          return true;
        },
      removeComment:
        (threadId) =>
        ({ state, tr, dispatch }) => {
          const ranges: [number, number][] = [];
          state.doc.descendants((node, pos) => {
            if (node.isText && node.marks.some((m) => m.type === this.type && m.attrs.threadId === threadId)) ranges.push([pos, pos + node.nodeSize]);
          });
          if (ranges.length === 0) return false;
          if (dispatch) for (const [from, to] of ranges) tr.removeMark(from, to, this.type.create({ threadId }));
          return true;
        },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-comment]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { 'data-comment': '', class: 'comment-anchor' }), 0];
  },
});
