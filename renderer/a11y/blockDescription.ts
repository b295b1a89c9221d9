/** What a screen reader hears when the cursor enters a block: its kind and, for items, its level. */
import type { EditorState } from '@tiptap/pm/state';

export type BlockDescription = {
  /** Position before the block: a new one means the cursor moved to another block. */
  at: number;
  /** A key of the `a11y.block` catalogue. */
  kind: string;
  level?: number;
};

const NAMED = new Set([
  'title', 'subtitle', 'agency', 'embargo', 'distribution', 'item', 'paragraph', 'heading', 'remark',
  'note', 'attachmentTitle', 'department', 'contact', 'pointer',
]);

export function describeBlock(state: EditorState): BlockDescription | null {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    if ($from.node(depth).type.name === 'table') return { at: $from.before(depth), kind: 'table' };
  }
  if ($from.depth === 0) return null;
  // Items and paragraphs keep their text in a `line` child: the block is the parent.
  const depth = $from.parent.type.name === 'line' && $from.depth > 1 ? $from.depth - 1 : $from.depth;
  const node = $from.node(depth);
  const name = node.type.name;
  if (name === 'item') return { at: $from.before(depth), kind: 'item', level: Number(node.attrs.level) };
  return { at: $from.before(depth), kind: NAMED.has(name) ? name : 'other' };
}
