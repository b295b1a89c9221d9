/**
 * The application menu as data. Items that act on the document send host commands to the
 * renderer (which owns the document); window and clipboard items use Electron roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { EXPORT_FORMATS, type HostCommand, type RecentFile } from '../shared/bridge/contract';
import type { Strings } from './strings';

export type MenuContext = {
  platform: NodeJS.Platform;
  strings: Strings;
  recent: readonly RecentFile[];
  /** Development builds get Reload and the developer tools. */
  isDev: boolean;
  send(command: HostCommand): void;
  clearRecent(): void;
  showAbout(): void;
};

export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const { platform, strings: s, send } = context;
  const mac = platform === 'darwin';
  const command = (label: string, sent: HostCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(sent),
  });

  const recentItems: MenuItemConstructorOptions[] =
    context.recent.length === 0
      ? [{ label: s.noRecent, enabled: false }]
      : [
          ...context.recent.map((file) => command(`${file.title} — ${file.path}`, { name: 'openPath', path: file.path })),
          { type: 'separator' },
          { label: s.clearRecent, click: context.clearRecent },
        ];

  const file: MenuItemConstructorOptions = {
    label: s.file,
    submenu: [
      command(s.new, { name: 'new' }, 'CmdOrCtrl+N'),
      command(s.open, { name: 'open' }, 'CmdOrCtrl+O'),
      { label: s.openRecent, submenu: recentItems },
      { type: 'separator' },
      command(s.save, { name: 'save' }, 'CmdOrCtrl+S'),
      command(s.saveAs, { name: 'saveAs' }, 'CmdOrCtrl+Shift+S'),
      {
        label: s.export,
        submenu: EXPORT_FORMATS.map((format) => command(s.exportFormats[format], { name: 'export', format })),
      },
      { type: 'separator' },
      { role: 'close', label: s.close },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: s.quit } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: s.edit,
    submenu: [
      // The editor keeps its own history: undo and redo go to it, not to the web contents.
      command(s.undo, { name: 'undo' }, 'CmdOrCtrl+Z'),
      command(s.redo, { name: 'redo' }, mac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: s.view,
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(context.isDev ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: s.help,
    submenu: [{ label: s.about, click: context.showAbout }],
  };

  const appMenu: MenuItemConstructorOptions = {
    label: 'Bodo',
    submenu: [
      { label: s.about, click: context.showAbout },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit', label: s.quit },
    ],
  };

  return [...(mac ? [appMenu] : []), file, edit, view, help];
}
