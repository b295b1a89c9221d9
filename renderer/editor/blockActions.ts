/**
 * Everything the toolbar and the block menu can do to the current block, in one list so both
 * offer the same actions with the same labels and the keys the schema binds.
 */
import type { Editor } from '@tiptap/core';
import { KIND_LABELS } from '../../shared/release/labels';
import { RELEASE_KINDS } from '../../shared/release/model';
import { documentLanguage, SHORTCUTS } from '../../shared/schema';

export type BlockActionId =
  | 'level1'
  | 'level2'
  | 'level3'
  | 'level4'
  | 'paragraph'
  | 'heading'
  | 'remark'
  | 'pointer'
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

const ITEM_LEVELS = [1, 2, 3, 4] as const;

export const BLOCK_ACTIONS: readonly BlockAction[] = [
  ...ITEM_LEVELS.map(
    (level): BlockAction => ({
      id: `level${level}`,
      // The document's own glyph for the level, from --glyph-N (see app.css).
      glyph: '',
      shortcut: SHORTCUTS[`setItemLevel${level}`],
      turnsInto: true,
      run: (e) => e.chain().focus().setItemLevel(level).run(),
    }),
  ),
  { id: 'paragraph', glyph: '¶', shortcut: SHORTCUTS.setParagraph, turnsInto: true, run: (e) => e.chain().focus().setParagraph().run() },
  { id: 'heading', glyph: 'H', shortcut: SHORTCUTS.setSectionHeading, turnsInto: true, run: (e) => e.chain().focus().setSectionHeading().run() },
  { id: 'remark', glyph: '※', shortcut: SHORTCUTS.setRemark, turnsInto: true, run: (e) => e.chain().focus().setRemark().run() },
  { id: 'pointer', glyph: '【】', turnsInto: true, run: (e) => e.chain().focus().setPointer().run() },
  { id: 'note', glyph: '*', shortcut: SHORTCUTS.insertNote, turnsInto: false, run: (e) => e.chain().focus().insertNote().run() },
  { id: 'table', glyph: '⊞', turnsInto: false, run: (e) => e.chain().focus().insertTable().run() },
  { id: 'reference', glyph: '참고', turnsInto: false, run: (e) => e.chain().focus().addAttachment('reference').run() },
  { id: 'appendix', glyph: '붙임', turnsInto: false, run: (e) => e.chain().focus().addAttachment('annex').run() },
  { id: 'contact', glyph: '☎', turnsInto: false, run: (e) => e.chain().focus().addContact().run() },
];

/** Which `turnsInto` action describes the block holding the cursor. */
export function currentBlockAction(editor: Editor): BlockActionId | null {
  const { $from } = editor.state.selection;
  const textblock = $from.parent.type.name;
  if (textblock === 'heading' || textblock === 'remark' || textblock === 'pointer') return textblock;
  if (textblock !== 'line') return null;
  const holder = $from.node($from.depth - 1);
  if (holder.type.name === 'paragraph') return 'paragraph';
  if (holder.type.name === 'item') return `level${holder.attrs.level as 1 | 2 | 3 | 4}`;
  return null;
}

/** One line of the block menu: a block action, or in the header one of the release kinds. */
export type MenuChoice = {
  id: string;
  glyph: string;
  label: string;
  shortcut?: string;
  /** For a choice among options (the kind): whether it is the current one. */
  checked?: boolean;
  run: (editor: Editor) => boolean;
};

/**
 * In the header the block menu picks the kind label (보도자료, 보도참고자료 …), written as the
 * document's language prints it; null elsewhere.
 */
export function headerKindChoices(editor: Editor): MenuChoice[] | null {
  const { $from } = editor.state.selection;
  if ($from.depth < 1 || $from.node(1).type.name !== 'header') return null;
  const labels = KIND_LABELS[documentLanguage(editor.state.doc.attrs)];
  return RELEASE_KINDS.map((kind) => ({
    id: `kind-${kind}`,
    glyph: '',
    label: labels[kind],
    checked: $from.node(1).attrs.kind === kind,
    run: (e) => e.chain().focus().setReleaseKind(kind).run(),
  }));
}
