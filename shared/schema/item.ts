/**
 * A marked item (□식): level 1–4 is its nesting depth, drawn with the document's glyph for
 * that level. The `level` attribute mirrors the depth; a plugin keeps it true where a
 * transaction changed something (pasting or joining can move items), never the whole document.
 */
import { Node } from '@tiptap/core';
import { blockKeys, changeBlock, lineMarkerRule, shiftBlock } from './blockEditing';
import { tidyChangesPlugin } from './changedRanges';
import { composingSafe } from './keys';
import { MAX_ITEM_LEVEL } from './outline';
import { SHORTCUTS } from './shortcuts';
import { SUGGESTION_GROUP } from './suggestionMark';

export type ItemLevel = 1 | 2 | 3 | 4;

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    item: {
      /** Makes the cursor's block an item of this level (fails where the level would be skipped). */
      setItemLevel: (level: ItemLevel) => ReturnType;
      /** One level deeper (Tab), children along. */
      demoteBlock: () => ReturnType;
      /** One level shallower (Shift+Tab), children along. */
      promoteBlock: () => ReturnType;
    };
  }
}

/** Marker typed at the start of a line → the level it asks for (house-style §2). */
export const MARKER_RULES: readonly { find: RegExp; level: ItemLevel }[] = [
  { find: /^[□■] $/, level: 1 },
  { find: /^[ㅇ○◦] $/, level: 2 },
  { find: /^- $/, level: 3 },
  { find: /^[·ㆍ] $/, level: 4 },
];

const BLOCKS_WITH_LEVELS = new Set(['item', 'paragraph']);

export const ItemNode = Node.create({
  name: 'item',
  group: 'block',
  content: 'line note* (item | remark)*',
  // Whole blocks inside can be suggested (inserted or deleted) in Suggesting mode.
  marks: SUGGESTION_GROUP,

  addAttributes() {
    return {
      level: {
        default: 1,
        parseHTML: (element) => Number(element.getAttribute('data-level')) || 1,
        renderHTML: (attrs) => ({ 'data-level': attrs.level }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-type="item"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', { ...HTMLAttributes, 'data-type': 'item' }, 0];
  },

  addCommands() {
    return {
      setItemLevel:
        (level) =>
        ({ tr }) =>
          changeBlock(tr, 'item', level),
      demoteBlock:
        () =>
        ({ tr }) =>
          shiftBlock(tr, 1),
      promoteBlock:
        () =>
        ({ tr }) =>
          shiftBlock(tr, -1),
    };
  },

  addKeyboardShortcuts() {
    const levels: ItemLevel[] = [1, 2, 3, 4];
    return {
      ...blockKeys('item'),
      ...composingSafe(
        Object.fromEntries(
          levels.map((level) => [SHORTCUTS[`setItemLevel${level}`], () => this.editor.commands.setItemLevel(level)]),
        ),
      ),
    };
  },

  addInputRules() {
    // Typed at the start of a body line; a level the place cannot take is clamped.
    return MARKER_RULES.map(({ find, level }) => lineMarkerRule(find, (tr) => changeBlock(tr, 'item', level, true)));
  },

  addProseMirrorPlugins() {
    return [
      tidyChangesPlugin((tr, ranges) => {
        // Levels are read from the changed document; setting them moves nothing.
        const doc = tr.doc;
        for (const { from, to } of ranges) {
          doc.nodesBetween(from, to, (node, pos) => {
            if (node.type.name !== 'item') return BLOCKS_WITH_LEVELS.has(node.type.name) || !node.isTextblock;
            const $pos = doc.resolve(pos);
            let depth = 1;
            for (let d = $pos.depth; d > 0; d--) if (BLOCKS_WITH_LEVELS.has($pos.node(d).type.name)) depth++;
            const level = Math.min(depth, MAX_ITEM_LEVEL);
            if (node.attrs.level !== level) tr.setNodeAttribute(pos, 'level', level);
            return true;
          });
        }
      }),
    ];
  },
});
