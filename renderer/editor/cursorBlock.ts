/**
 * Marks the body or attachment block holding the cursor (`cursor-block`), which release.css
 * always lays out. Blocks there skip their layout while off screen (content-visibility: auto),
 * and so does a block just made (Enter, a □ typed at the start of a line) until the next frame
 * finds it on screen: a key typed before then had no place in it, and Chromium put the letter
 * in the block after it.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

const CONTAINERS = new Set(['body', 'attachment']);
const cursorBlockKey = new PluginKey<DecorationSet>('cursorBlock');

function decorate(state: EditorState, previous: DecorationSet): DecorationSet {
  const { $head } = state.selection;
  if ($head.depth < 2 || !CONTAINERS.has($head.node(1).type.name)) return DecorationSet.empty;
  const from = $head.before(2);
  const to = from + $head.node(2).nodeSize;
  // Typing within the block (most transactions): the mapped decoration already covers it.
  const [current] = previous.find();
  if (current && current.from === from && current.to === to) return previous;
  return DecorationSet.create(state.doc, [Decoration.node(from, to, { class: 'cursor-block' })]);
}

export const CursorBlock = Extension.create({
  name: 'cursorBlock',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: cursorBlockKey,
        state: {
          init: (_config, state) => decorate(state, DecorationSet.empty),
          apply: (tr, set, _old, state) => (tr.docChanged || tr.selectionSet ? decorate(state, set.map(tr.mapping, tr.doc)) : set),
        },
        props: { decorations: (state) => cursorBlockKey.getState(state) },
      }),
    ];
  },
});
