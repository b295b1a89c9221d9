/**
 * The editing commands' keys, in TipTap's notation ("Mod" is Ctrl, or Cmd on macOS), so the
 * toolbar and menus can show the same keys the editor binds.
 */
export const SHORTCUTS = {
  setItemLevel1: 'Mod-Alt-1',
  setItemLevel2: 'Mod-Alt-2',
  setItemLevel3: 'Mod-Alt-3',
  setItemLevel4: 'Mod-Alt-4',
  setParagraph: 'Mod-Alt-0',
  setSectionHeading: 'Mod-Alt-9',
  setRemark: 'Mod-Alt-r',
  insertNote: 'Mod-Alt-f',
  /** From a note back to the text, just after its marked term (Shift+Esc too, as in Hangul). */
  leaveNote: 'Escape',
  demoteBlock: 'Tab',
  promoteBlock: 'Shift-Tab',
  titleLineBreak: 'Shift-Enter',
} as const;

export type ShortcutCommand = keyof typeof SHORTCUTS;
