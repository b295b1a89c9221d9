/**
 * The Electron main process: one window, the app protocol, menus, dialogs and the unsaved-
 * changes guard. All file work is in ./services; this file only wires it to Electron.
 */
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  shell,
  type BrowserWindowConstructorOptions,
  type MessageBoxOptions,
  type WebContents,
} from 'electron';
import { COMMAND_CHANNEL, type HostCommand } from '../shared/bridge/contract';
import { translatorFor, uiLanguageFor } from '../shared/i18n';
import { APP_CSP, APP_ORIGIN, APP_SCHEME, isAppUrl, registerIntents } from './ipc';
import { buildMenuTemplate, spellingMenuTemplate } from './menu';
import { createCloseGuard } from './services/close-guard';
import { createDocumentFiles } from './services/documents';
import { wordReason } from './services/failures';
import { createHostHandlers, IMPORT_EXTENSIONS, PathGrants, type Dialogs } from './services/host';
import { createJournal } from './services/journal';
import { bodoPathsFromArgv, isSafeExternalUrl } from './services/launch';
import { createRecentFiles } from './services/recent';
import { createSettingsStore, DEFAULT_SETTINGS, type Settings } from './services/settings';
import { readStaticFile } from './services/static-files';

const RENDERER_DIR = join(__dirname, '..', 'renderer');
const PRELOAD = join(__dirname, 'preload.js');

// Tests and portable installs keep their data apart from the user's.
if (process.env.BODO_USER_DATA) app.setPath('userData', process.env.BODO_USER_DATA);

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let window: BrowserWindow | null = null;
let settings: Settings = DEFAULT_SETTINGS;
let quitting = false;
/** Files handed over before the renderer listens (launch arguments, macOS open-file). */
let pendingPaths: string[] = [];
let rendererListening = false;

/** The interface language's translator: the settings' choice, or the system's language. */
const t = () =>
  translatorFor(settings.uiLanguage === 'system' ? uiLanguageFor(app.getPreferredSystemLanguages()) : settings.uiLanguage);
const recent = createRecentFiles({ file: join(app.getPath('userData'), 'recent.json') });
const settingsStore = createSettingsStore({ file: join(app.getPath('userData'), 'settings.json') });
const journal = createJournal({ folder: join(app.getPath('userData'), 'recovery') });
/** Files the user chose (dialogs, the OS, the command line): the only ones the host writes. */
const grants = new PathGrants();

function send(command: HostCommand): void {
  window?.webContents.send(COMMAND_CHANNEL, command);
}

function openPath(path: string): void {
  grants.grant(path);
  if (window && rendererListening) {
    send({ name: 'openPath', path });
    window.show();
    return;
  }
  pendingPaths.push(path);
  // macOS keeps running with no window; a file handed over then needs one.
  if (!window && app.isReady()) createWindow();
}

const guard = createCloseGuard({
  async ask(title) {
    const tr = t();
    const options: MessageBoxOptions = {
      type: 'warning',
      buttons: [tr('menu.unsavedSave'), tr('menu.unsavedDiscard'), tr('menu.unsavedCancel')],
      defaultId: 0,
      cancelId: 2,
      message: tr('menu.unsavedMessage', { title }),
      detail: tr('menu.unsavedDetail'),
    };
    const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
    return (['save', 'discard', 'cancel'] as const)[response] ?? 'cancel';
  },
  requestSave: () => send({ name: 'closeRequest' }),
});

const dialogs: Dialogs = {
  async pickOpenPath(purpose = 'document') {
    const filters =
      purpose === 'import'
        ? [{ name: t()('menu.importFiles'), extensions: [...IMPORT_EXTENSIONS] }]
        : [{ name: t()('menu.bodoFiles'), extensions: ['bodo'] }];
    const options = { properties: ['openFile' as const], filters };
    const picked = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return picked.canceled ? null : (picked.filePaths[0] ?? null);
  },
  async pickSavePath(suggestedName, format, folder) {
    const label = t()(format === 'bodo' ? 'menu.bodoFiles' : `menu.exportFormats.${format}`);
    const options = { defaultPath: join(folder ?? app.getPath('documents'), suggestedName), filters: [{ name: label, extensions: [format] }] };
    const picked = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return picked.canceled || !picked.filePath ? null : picked.filePath;
  },
};

async function printToPdf(html: string): Promise<Uint8Array> {
  // A hidden, script-free page: the export's HTML is data, never code.
  const printer = createHardenedWindow({
    show: false,
    webPreferences: { javascript: false },
  });
  try {
    await printer.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    // The export's @page rule carries the house style's A4 margins (MSIT: 20 mm sides).
    return await printer.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    printer.destroy();
  }
}

async function refreshMenu(): Promise<void> {
  const template = buildMenuTemplate({
    platform: process.platform,
    t: t(),
    recent: await recent.list(),
    isDev: !app.isPackaged,
    send,
    clearRecent: () => void recent.clear().then(refreshMenu),
    showAbout,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function showAbout(): void {
  const options: MessageBoxOptions = {
    type: 'info',
    message: `Bodo ${app.getVersion()}`,
    detail: `${t()('menu.aboutDetail')}\nElectron ${process.versions.electron} · Chromium ${process.versions.chrome}`,
  };
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

function secureContents(contents: WebContents): void {
  const openOutside = (url: string) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
  };
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openOutside(url);
  });
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Every window of the app is made here, so none can miss a setting: the page runs sandboxed and
 * isolated from the preload, with no Node, same-origin rules on, no <webview>, and no middle-click
 * (auxclick) opening links in new windows. Written after the caller's options, so they win.
 */
function createHardenedWindow(options: BrowserWindowConstructorOptions): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

function createWindow(): void {
  const bounds = settings.window;
  const win = createHardenedWindow({
    width: bounds?.width ?? 1200,
    height: bounds?.height ?? 900,
    x: bounds?.x,
    y: bounds?.y,
    minWidth: 640,
    minHeight: 480,
    title: 'Bodo',
    show: false,
    webPreferences: {
      preload: PRELOAD,
      // Spelling in the document's language (setDocumentLanguage), suggestions in the context menu.
      spellcheck: true,
      zoomFactor: settings.zoomFactor,
    },
  });
  window = win;
  rendererListening = false;
  if (bounds?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.webContents.on('context-menu', (_event, params) => {
    const template = spellingMenuTemplate(params, t(), {
      replace: (word) => win.webContents.replaceMisspelling(word),
      learn: (word) => win.webContents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window: win });
  });

  win.on('close', (event) => {
    if (!guard.dirty) return rememberWindow(win);
    event.preventDefault();
    void guard.mayClose().then((mayClose) => {
      if (!mayClose) {
        quitting = false;
        return;
      }
      guard.setState({ title: win.getTitle(), dirty: false });
      if (quitting) app.quit();
      else win.close();
    });
  });
  win.on('closed', () => {
    if (window === win) window = null;
    // Closed through the guard: saved or deliberately discarded, so nothing is left to recover.
    journal.discardRun();
  });
  win.webContents.on('render-process-gone', () => {
    // What the crashed page journaled is offered when it is loaded again, as after an app crash.
    journal.startNewRun();
    guard.rendererGone();
  });
  win.webContents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) rendererListening = false;
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
}

function rememberWindow(win: BrowserWindow): void {
  const { width, height, x, y } = win.getNormalBounds();
  settings = { ...settings, zoomFactor: win.webContents.getZoomFactor(), window: { width, height, x, y, maximized: win.isMaximized() } };
  void settingsStore.save(settings);
}

const handlers = createHostHandlers({
  documents: createDocumentFiles(),
  recent,
  dialogs,
  journal,
  grants,
  autosaveSeconds: () => settings.autosaveSeconds,
  translate: t,
  printToPdf,
  clipboard: { write: (flavours) => clipboard.write(flavours) },
  onRecentChanged: () => void refreshMenu(),
  settings: {
    load: () => settingsStore.load(),
    // The window's size and zoom are the main process's own; the rest is the user's choice.
    save: (chosen) => settingsStore.save({ ...chosen, window: settings.window, zoomFactor: settings.zoomFactor }),
  },
  onSettingsChanged(chosen) {
    settings = { ...chosen, window: settings.window, zoomFactor: settings.zoomFactor };
    void refreshMenu();
  },
  exportFolder: {
    get: () => settings.exportFolder ?? undefined,
    set(folder) {
      settings = { ...settings, exportFolder: folder };
      void settingsStore.save(settings);
    },
  },
  setSpellcheckLanguage(language) {
    // Windows and Linux use Hunspell dictionaries by language tag; macOS always uses the system's own.
    const available = session.defaultSession.availableSpellCheckerLanguages;
    const wanted = available.filter((tag) => tag.toLowerCase().startsWith(language));
    if (process.platform !== 'darwin' && wanted.length > 0) session.defaultSession.setSpellCheckerLanguages(wanted);
  },
  window: {
    setState(state) {
      guard.setState(state);
      window?.setTitle(state.title);
      if (process.platform === 'darwin') window?.setDocumentEdited(state.dirty);
      // The renderer reports its state once it has mounted and subscribed to commands.
      if (!rendererListening) {
        rendererListening = true;
        const paths = pendingPaths;
        pendingPaths = [];
        paths.forEach(openPath);
      }
    },
    closeReply: (proceed) => guard.closeReply(proceed),
  },
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  pendingPaths = bodoPathsFromArgv(process.argv, process.cwd());

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
    bodoPathsFromArgv(argv, workingDirectory).forEach(openPath);
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openPath(path);
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('web-contents-created', (_event, contents) => secureContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!window) createWindow();
  });

  void app.whenReady().then(async () => {
    const loaded = await settingsStore.load();
    settings = loaded.settings;
    if (loaded.problem) console.warn(`Settings could not be used (${wordReason(loaded.problem)}); using the defaults.`);

    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    protocol.handle(APP_SCHEME, async (request) => {
      const url = new URL(request.url);
      if (url.host !== 'app') return new Response('Not found', { status: 404 });
      const file = await readStaticFile(RENDERER_DIR, url.pathname);
      // The page's own meta CSP, repeated as a header so it holds from the first byte.
      return new Response(file.body as BodyInit, { status: file.status, headers: { ...file.headers, 'content-security-policy': APP_CSP } });
    });
    registerIntents(ipcMain, handlers);
    await refreshMenu();
    createWindow();
  });
}
