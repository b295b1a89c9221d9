/**
 * Everything the toolbar and the block menu can do to the current block, in one list so both
 * offer the same actions with the same labels and shortcuts.
 */
import type { Editor } from '@tiptap/core';

export type BlockActionId =
  | 'level1'
  | 'level2'
  | 'level3'
  | 'level4'
  | 'paragraph'
  | 'heading'
  | 'remark'
  | 'note'
  | 'table'
  | 'reference'
  | 'appendix'
  | 'contact';

export type BlockAction = {
  id: BlockActionId;
  /** What the button shows: the block's own glyph where it has one. */
  glyph: string;
  /** ProseMirror key notation ("Mod-Alt-1"); shown in tooltips. */
  shortcut?: string;
  /** Changes the current block's type (true) or inserts something new (false). */
  turnsInto: boolean;
  run: (editor: Editor) => boolean;
};

export const BLOCK_ACTIONS: readonly BlockAction[] = [
  { id: 'paragraph', glyph: '¶', shortcut: 'Mod-Alt-0', turnsInto: true, run: (e) => e.chain().focus().setParagraph().run() },
  { id: 'heading', glyph: 'H', shortcut: 'Mod-Alt-h', turnsInto: true, run: (e) => e.chain().focus().setHeading({ level: 2 }).run() },
];

/** Which `turnsInto` action describes the block holding the cursor. */
export function currentBlockAction(editor: Editor): BlockActionId | null {
  if (editor.isActive('heading')) return 'heading';
  if (editor.isActive('paragraph')) return 'paragraph';
  return null;
}
