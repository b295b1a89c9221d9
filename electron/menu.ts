/**
 * The application menu as data. Items that act on the document send host commands to the
 * renderer (which owns the document); window and clipboard items use Electron roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';
import type { HostCommand, RecentFile } from '../shared/bridge/contract';
import { EXPORT_FORMATS } from '../shared/bridge/formats';

export type MenuContext = {
  platform: NodeJS.Platform;
  /** The interface language's translator (shared/i18n, namespace `menu`). */
  t: TFunction;
  recent: readonly RecentFile[];
  /** Development builds get Reload and the developer tools. */
  isDev: boolean;
  send(command: HostCommand): void;
  clearRecent(): void;
  showAbout(): void;
};

export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const { platform, t, send } = context;
  const s = (key: string) => t(`menu.${key}`);
  const mac = platform === 'darwin';
  const command = (label: string, sent: HostCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(sent),
  });

  const recentItems: MenuItemConstructorOptions[] =
    context.recent.length === 0
      ? [{ label: s('noRecent'), enabled: false }]
      : [
          ...context.recent.map((file) => command(`${file.title} — ${file.path}`, { name: 'openPath', path: file.path })),
          { type: 'separator' },
          { label: s('clearRecent'), click: context.clearRecent },
        ];

  const file: MenuItemConstructorOptions = {
    label: s('file'),
    submenu: [
      command(s('new'), { name: 'new' }, 'CmdOrCtrl+N'),
      command(s('open'), { name: 'open' }, 'CmdOrCtrl+O'),
      { label: s('openRecent'), submenu: recentItems },
      command(s('import'), { name: 'import' }),
      { type: 'separator' },
      command(s('save'), { name: 'save' }, 'CmdOrCtrl+S'),
      command(s('saveAs'), { name: 'saveAs' }, 'CmdOrCtrl+Shift+S'),
      {
        label: s('export'),
        submenu: EXPORT_FORMATS.map((format) => command(s(`exportFormats.${format}`), { name: 'export', format })),
      },
      command(s('previewHtml'), { name: 'previewHtml' }),
      { type: 'separator' },
      ...(mac ? [] : [command(s('settings'), { name: 'settings' }, 'CmdOrCtrl+,'), { type: 'separator' } as const]),
      { role: 'close', label: s('close') },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: s('quit') } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: s('edit'),
    submenu: [
      // The editor keeps its own history: undo and redo go to it, not to the web contents.
      command(s('undo'), { name: 'undo' }, 'CmdOrCtrl+Z'),
      command(s('redo'), { name: 'redo' }, mac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      { role: 'cut', label: s('cut') },
      { role: 'copy', label: s('copy') },
      // The whole document for Word and 한글: plain text and HTML flavours together.
      command(s('copyAsText'), { name: 'copyAs', format: 'txt' }),
      command(s('copyAsHtml'), { name: 'copyAs', format: 'html' }),
      { role: 'paste', label: s('paste') },
      { role: 'selectAll', label: s('selectAll') },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: s('view'),
    submenu: [
      { role: 'resetZoom', label: s('resetZoom') },
      { role: 'zoomIn', label: s('zoomIn') },
      { role: 'zoomOut', label: s('zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: s('togglefullscreen') },
      ...(context.isDev ? [{ type: 'separator' } as const, { role: 'reload', label: s('reload') } as const, { role: 'toggleDevTools', label: s('toggleDevTools') } as const] : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: s('help'),
    submenu: [command(s('welcome'), { name: 'welcome' }), { label: s('about'), click: context.showAbout }],
  };

  const appMenu: MenuItemConstructorOptions = {
    label: 'Bodo',
    submenu: [
      { label: s('about'), click: context.showAbout },
      { type: 'separator' },
      command(s('settings'), { name: 'settings' }, 'Cmd+,'),
      { type: 'separator' },
      { role: 'services', label: s('services') },
      { type: 'separator' },
      { role: 'hide', label: s('hide') },
      { role: 'hideOthers', label: s('hideOthers') },
      { role: 'unhide', label: s('unhide') },
      { type: 'separator' },
      { role: 'quit', label: s('quit') },
    ],
  };

  return [...(mac ? [appMenu] : []), file, edit, view, help];
}

/** What the context menu needs from a right-click (a subset of Electron's ContextMenuParams). */
export type SpellingContext = { isEditable: boolean; misspelledWord: string; dictionarySuggestions: string[] };

/**
 * The editor's context menu: spelling suggestions for a misspelled word (in the document's
 * language, see setDocumentLanguage), then the clipboard. Nothing outside editable text.
 */
export function spellingMenuTemplate(
  params: SpellingContext,
  t: TFunction,
  actions: { replace(word: string): void; learn(word: string): void },
): MenuItemConstructorOptions[] {
  if (!params.isEditable) return [];
  const s = (key: string) => t(`menu.${key}`);
  const spelling: MenuItemConstructorOptions[] =
    params.misspelledWord === ''
      ? []
      : [
          ...(params.dictionarySuggestions.length === 0
            ? [{ label: s('noSuggestions'), enabled: false }]
            : params.dictionarySuggestions.map((word) => ({ label: word, click: () => actions.replace(word) }))),
          { label: s('addToDictionary'), click: () => actions.learn(params.misspelledWord) },
          { type: 'separator' },
        ];
  return [
    ...spelling,
    { role: 'cut', label: s('cut') },
    { role: 'copy', label: s('copy') },
    { role: 'paste', label: s('paste') },
    { type: 'separator' },
    { role: 'selectAll', label: s('selectAll') },
  ];
}
