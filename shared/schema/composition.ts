/**
 * While an IME composes a syllable, no key may act on the document: the browser owns those
 * keystrokes. ProseMirror already skips its key handlers then; this guard makes it hold for
 * every handler, TipTap's own keymap included, however the key arrives (e.g. synthetic
 * events), by claiming the key before any of them runs.
 */
import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';

export const CompositionGuard = Extension.create({
  name: 'compositionGuard',
  priority: 10_000,

  addProseMirrorPlugins() {
    return [
      new Plugin({
        props: {
          handleKeyDown: (view, event) => view.composing || event.isComposing || event.keyCode === 229,
        },
      }),
    ];
  },
});
