/**
 * The Electron glue, run against a stand-in `electron` module (no Electron binary is needed):
 * what the window allows, what the protocol serves, who may call the host, and the close
 * handshake with a renderer that saves.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channelOf, COMMAND_CHANNEL, INTENTS } from '../shared/bridge/contract';

const fake = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { EventEmitter: Emitter } = require('node:events') as typeof import('node:events');
  const windows: FakeWindow[] = [];
  class FakeContents extends Emitter {
    sent: unknown[] = [];
    openHandler: ((details: { url: string }) => { action: string }) | null = null;
    send(channel: string, payload: unknown) {
      this.sent.push([channel, payload]);
    }
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.openHandler = handler;
    }
    getZoomFactor() {
      return 1;
    }
    printToPDF = vi.fn(async () => new TextEncoder().encode('%PDF-1.7'));
  }
  class FakeWindow extends Emitter {
    webContents = new FakeContents();
    title = '';
    closed = false;
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      super();
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL = vi.fn(async () => undefined);
    destroy = vi.fn();
    show() {}
    focus() {}
    maximize() {}
    isMinimized = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ width: 1200, height: 900, x: 0, y: 0 });
    setTitle(title: string) {
      this.title = title;
    }
    getTitle = () => this.title;
    close() {
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (!prevented) this.closed = true;
    }
  }
  const app = Object.assign(new Emitter(), {
    userData: '',
    getPath: () => app.userData,
    setPath: () => undefined,
    getVersion: () => '0.1.0',
    getPreferredSystemLanguages: () => ['en-US'],
    isPackaged: true,
    isReady: () => true,
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    quit: vi.fn(),
  });
  const protocolHandlers = new Map<string, (request: { url: string }) => Promise<Response>>();
  const ipcHandlers = new Map<string, (event: unknown, payload: unknown) => unknown>();
  const messageBoxAnswers: number[] = [];
  return {
    windows,
    app,
    protocolHandlers,
    ipcHandlers,
    messageBoxAnswers,
    module: {
      app,
      BrowserWindow: FakeWindow,
      dialog: {
        showMessageBox: vi.fn(async () => ({ response: messageBoxAnswers.shift() ?? 2 })),
        showOpenDialog: vi.fn(),
        showSaveDialog: vi.fn(),
      },
      ipcMain: { handle: (channel: string, handler: (event: unknown, payload: unknown) => unknown) => ipcHandlers.set(channel, handler) },
      Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: vi.fn() },
      protocol: {
        registerSchemesAsPrivileged: vi.fn(),
        handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) => protocolHandlers.set(scheme, handler),
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          availableSpellCheckerLanguages: ['en-GB', 'en-US', 'ko'],
          setSpellCheckerLanguages: vi.fn(),
        },
      },
      shell: { openExternal: vi.fn(async () => undefined) },
    },
  };
});
vi.mock('electron', () => fake.module);

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const appFrame = { senderFrame: { url: 'bodo-app://app/index.html' } };

beforeAll(async () => {
  fake.app.userData = mkdtempSync(join(tmpdir(), 'bodo-main-'));
  await import('./main');
  // Start-up reads the settings and builds the menu before the window: wait for it, however long.
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 10_000 });
  await settle();
});

const mainWindow = () => fake.windows[0]!;

describe('Electron main process', () => {
  it('opens one sandboxed, isolated window on the app protocol', () => {
    expect(fake.windows).toHaveLength(1);
    expect(mainWindow().options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(mainWindow().options.webPreferences).toMatchObject({
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      preload: expect.stringMatching(/preload\.js$/),
    });
    expect(mainWindow().loadURL).toHaveBeenCalledWith('bodo-app://app/index.html');
  });

  it('prints PDF exports in a hardened, script-free window', async () => {
    const target = join(fake.app.userData, 'export.pdf');
    fake.module.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const exportFile = fake.ipcHandlers.get(channelOf('exportFile'))!;
    expect(await exportFile(appFrame, { format: 'pdf', suggestedName: '보도', data: '<p>본문</p>' })).toEqual({ ok: true, path: target });
    const printer = fake.windows.at(-1)!;
    expect(printer).not.toBe(mainWindow());
    expect(printer.options.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(printer.destroy).toHaveBeenCalled();
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7');
  });

  it('denies every permission the page asks for or checks', () => {
    const { setPermissionRequestHandler, setPermissionCheckHandler } = fake.module.session.defaultSession;
    const onRequest = setPermissionRequestHandler.mock.calls[0]![0] as (c: unknown, p: string, cb: (ok: boolean) => void) => void;
    const onCheck = setPermissionCheckHandler.mock.calls[0]![0] as () => boolean;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const answer = vi.fn();
      onRequest({}, permission, answer);
      expect(answer).toHaveBeenCalledWith(false);
    }
    expect(onCheck()).toBe(false);
  });

  it('registers the app scheme as secure and standard, without bypassing CSP', () => {
    const [schemes] = fake.module.protocol.registerSchemesAsPrivileged.mock.calls[0] as unknown as [
      { scheme: string; privileges: Record<string, boolean> }[],
    ];
    expect(schemes).toEqual([{ scheme: 'bodo-app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(schemes[0]!.privileges).not.toHaveProperty('bypassCSP', true);
  });

  it('serves the renderer through the protocol and nothing outside it', async () => {
    const serve = fake.protocolHandlers.get('bodo-app')!;
    const page = await serve({ url: 'bodo-app://app/index.html' });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect((await serve({ url: 'bodo-app://app/%2e%2e/package.json' })).status).toBe(404);
    expect((await serve({ url: 'bodo-app://elsewhere/index.html' })).status).toBe(404);
  });

  it('keeps the window on the app and sends web links to the system browser', () => {
    const contents = mainWindow().webContents;
    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() };
      contents.emit('will-navigate', event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('bodo-app://app/index.html')).toBe(false);
    expect(navigate('https://www.korea.kr/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('javascript:alert(1)')).toBe(true);
    expect(contents.openHandler?.({ url: 'https://msit.go.kr' })).toEqual({ action: 'deny' });
    for (const url of ['file:///etc/passwd', 'smb://share/x', 'javascript:alert(1)', 'https://user:pw@evil.example/', 'bodo-app://app/x'])
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    expect(fake.module.shell.openExternal.mock.calls).toEqual([['https://www.korea.kr/'], ['https://msit.go.kr']]);
    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('answers every intent, but only to the app itself', async () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(INTENTS.map(channelOf).sort());
    const listRecent = fake.ipcHandlers.get(channelOf('listRecent'))!;
    expect(await listRecent(appFrame, {})).toEqual([]);
    const foreign = [
      { senderFrame: { url: 'https://evil.example/' } },
      { senderFrame: { url: 'file:///tmp/evil.html' } },
      { senderFrame: { url: 'bodo-app://evil/index.html' } },
      { senderFrame: { url: 'data:text/html,<script>' } },
      { senderFrame: null },
      {},
    ];
    for (const intent of INTENTS) {
      for (const event of foreign) {
        expect(await fake.ipcHandlers.get(channelOf(intent))!(event, {})).toEqual({
          ok: false,
          message: expect.stringContaining('Refused'),
        });
      }
    }
  });

  it('refuses malformed payloads on every channel before any handler runs', async () => {
    for (const intent of INTENTS) {
      const handler = fake.ipcHandlers.get(channelOf(intent))!;
      for (const payload of ['x', 42, [], true]) {
        expect(await handler(appFrame, payload)).toEqual({ ok: false, message: expect.stringMatching(/^Bad request/) });
      }
    }
    const hostile = JSON.parse('{"documentId":"../../x","path":null,"document":{"__proto__":{"polluted":true}}}');
    expect(await fake.ipcHandlers.get(channelOf('autosave'))!(appFrame, hostile)).toEqual({
      ok: false,
      message: expect.stringMatching(/^Bad request/),
    });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('keeps autosaves in its data folder and offers them after a crash of the page', async () => {
    const document = JSON.parse(readFileSync(new URL('./services/testdata/release.bodo', import.meta.url), 'utf8'));
    const autosave = fake.ipcHandlers.get(channelOf('autosave'))!;
    const listRecoverable = fake.ipcHandlers.get(channelOf('listRecoverable'))!;
    expect(await autosave(appFrame, { documentId: 'main-test-01', path: null, document })).toEqual({ ok: true });
    expect(readdirSync(join(fake.app.userData, 'recovery'))).toEqual(['main-test-01.recovery.json']);
    expect(await listRecoverable(appFrame, {})).toEqual([]);
    mainWindow().webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(await listRecoverable(appFrame, {})).toEqual([expect.objectContaining({ documentId: 'main-test-01' })]);
  });

  it('stays open when the user cancels the unsaved-changes prompt', async () => {
    const win = mainWindow();
    await fake.ipcHandlers.get(channelOf('setWindowState'))!(appFrame, { title: '보도자료.bodo — Bodo', dirty: true });
    fake.messageBoxAnswers.push(2);
    win.close();
    await settle();
    expect(fake.module.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(win.closed).toBe(false);
    expect(win.webContents.sent).not.toContainEqual([COMMAND_CHANNEL, { name: 'closeRequest' }]);
  });

  it('on close with unsaved changes and Save, waits for the renderer to save, then closes', async () => {
    const win = mainWindow();
    const setWindowState = fake.ipcHandlers.get(channelOf('setWindowState'))!;
    await setWindowState(appFrame, { title: '보도자료.bodo — Bodo', dirty: true });
    expect(win.title).toBe('보도자료.bodo — Bodo');

    fake.messageBoxAnswers.push(0);
    win.close();
    await settle();
    expect(win.closed).toBe(false);
    expect(win.webContents.sent).toContainEqual([COMMAND_CHANNEL, { name: 'closeRequest' }]);

    await fake.ipcHandlers.get(channelOf('closeReply'))!(appFrame, { proceed: true });
    await settle();
    expect(win.closed).toBe(true);
  });

  it('spellchecks in the document’s language, with the platform’s dictionaries for it', async () => {
    expect(mainWindow().options.webPreferences).toMatchObject({ spellcheck: true });
    const setLanguage = fake.ipcHandlers.get(channelOf('setDocumentLanguage'))!;
    expect(await setLanguage(appFrame, { language: 'ko' })).toEqual({ ok: true });
    const { setSpellCheckerLanguages } = fake.module.session.defaultSession;
    // macOS uses the system's own spellchecker, whatever the app asks.
    if (process.platform !== 'darwin') expect(setSpellCheckerLanguages).toHaveBeenLastCalledWith(['ko']);
    await setLanguage(appFrame, { language: 'en' });
    if (process.platform !== 'darwin') expect(setSpellCheckerLanguages).toHaveBeenLastCalledWith(['en-GB', 'en-US']);
  });

  it('draws its menus in the interface language chosen in the settings', async () => {
    const setSettings = fake.ipcHandlers.get(channelOf('setSettings'))!;
    const getSettings = fake.ipcHandlers.get(channelOf('getSettings'))!;
    const { settings } = (await getSettings(appFrame, {})) as { settings: Record<string, unknown> };
    const menuLabels = () => (fake.module.Menu.setApplicationMenu.mock.lastCall?.[0] as { label: string }[]).map((item) => item.label);
    await setSettings(appFrame, { settings: { ...settings, uiLanguage: 'ko' } });
    await settle();
    expect(menuLabels()).toContain('파일');
    await setSettings(appFrame, { settings: { ...settings, uiLanguage: 'system' } });
    await settle();
    // The fake system speaks English.
    expect(menuLabels()).toContain('File');
  });
});
