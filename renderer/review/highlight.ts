/**
 * How comment anchors look: open threads are highlighted, resolved ones are not, the thread
 * the panel has selected stands out. Part of the editor from its creation, with the threads the
 * file was opened with, so the page is drawn highlighted once; decorations are rebuilt only when
 * those sets change, and mapped through edits otherwise, so typing never rescans the document.
 */
import { Extension, type Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { commentAnchors } from '../../shared/review/anchors';

export type CommentHighlight = { resolved: ReadonlySet<string>; active: string | null };

type HighlightState = { highlight: CommentHighlight; decorations: DecorationSet };

const key = new PluginKey<HighlightState>('commentHighlight');

function decorate(doc: PMNode, highlight: CommentHighlight): DecorationSet {
  const decorations: Decoration[] = [];
  for (const anchor of commentAnchors(doc).values()) {
    const active = highlight.active === anchor.threadId;
    if (active || !highlight.resolved.has(anchor.threadId)) {
      decorations.push(Decoration.inline(anchor.from, anchor.to, { class: active ? 'comment-open comment-active' : 'comment-open' }));
    }
  }
  return DecorationSet.create(doc, decorations);
}

const sameHighlight = (a: CommentHighlight, b: CommentHighlight) =>
  a.active === b.active && a.resolved.size === b.resolved.size && [...a.resolved].every((id) => b.resolved.has(id));

export const CommentHighlightExtension = Extension.create<{ resolved: ReadonlySet<string> }>({
  name: 'commentHighlight',

  addOptions: () => ({ resolved: new Set<string>() }),

  addProseMirrorPlugins() {
    const initial: CommentHighlight = { resolved: this.options.resolved, active: null };
    return [
      new Plugin<HighlightState>({
        key,
        state: {
          init: (_config, state) => ({ highlight: initial, decorations: decorate(state.doc, initial) }),
          apply(tr, value, _old, state) {
            const highlight = tr.getMeta(key) as CommentHighlight | undefined;
            if (highlight) return { highlight, decorations: decorate(state.doc, highlight) };
            return tr.docChanged ? { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) } : value;
          },
        },
        props: { decorations: (state) => key.getState(state)?.decorations },
      }),
    ];
  },
});

/** Shows `highlight`; nothing happens (no transaction, no redraw) when the page already does. */
export function setCommentHighlight(editor: Editor, highlight: CommentHighlight): void {
  if (editor.isDestroyed) return;
  const current = key.getState(editor.state)?.highlight;
  if (current && sameHighlight(current, highlight)) return;
  editor.view.dispatch(editor.state.tr.setMeta(key, highlight).setMeta('addToHistory', false));
}
