/** File shortcuts the renderer binds itself when the host has no native menu. */
export const FILE_SHORTCUTS = { open: 'Mod-o', save: 'Mod-s', saveAs: 'Mod-Shift-s' } as const;
