/**
 * How comment anchors look: open threads are highlighted, resolved ones are not, the thread
 * the panel has selected stands out. Decorations are rebuilt only when those sets change, and
 * mapped through edits otherwise, so typing never rescans the document.
 */
import type { Editor } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { commentAnchors } from '../../shared/review/anchors';

export type CommentHighlight = { resolved: ReadonlySet<string>; active: string | null };

const key = new PluginKey<DecorationSet>('commentHighlight');

function decorate(state: EditorState, highlight: CommentHighlight): DecorationSet {
  const decorations: Decoration[] = [];
  for (const anchor of commentAnchors(state.doc).values()) {
    const active = highlight.active === anchor.threadId;
    if (active || !highlight.resolved.has(anchor.threadId)) {
      decorations.push(Decoration.inline(anchor.from, anchor.to, { class: active ? 'comment-open comment-active' : 'comment-open' }));
    }
  }
  return DecorationSet.create(state.doc, decorations);
}

const commentHighlightPlugin = new Plugin<DecorationSet>({
  key,
  state: {
    init: () => DecorationSet.empty,
    apply(tr, decorations, _old, state) {
      const highlight = tr.getMeta(key) as CommentHighlight | undefined;
      if (highlight) return decorate(state, highlight);
      return tr.docChanged ? decorations.map(tr.mapping, tr.doc) : decorations;
    },
  },
  props: { decorations: (state) => key.getState(state) },
});

export function setCommentHighlight(editor: Editor, highlight: CommentHighlight): void {
  if (!editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(key, highlight).setMeta('addToHistory', false));
}

/** Adds the highlight to `editor`; returns what takes it out again. */
export function registerCommentHighlight(editor: Editor): () => void {
  editor.registerPlugin(commentHighlightPlugin);
  return () => {
    if (!editor.isDestroyed) editor.unregisterPlugin(key);
  };
}
