/**
 * The end-to-end fixture: the built app in a page, with a host behind `window.bodo` and a
 * temp folder for its files. In the chromium project the host is the real Node services
 * (`createHostHandlers`) over Playwright bindings, with scripted dialogs; in the electron
 * project it is the packaged main process, with its dialogs stubbed. Specs see one API.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, expect, test as base, type Page } from '@playwright/test';
import { intentOfChannel, type HostCommand } from '../../shared/bridge/contract';
import { createDocumentFiles } from '../../electron/services/documents';
import { createHostHandlers, dispatchIntent } from '../../electron/services/host';
import { createRecentFiles } from '../../electron/services/recent';
import { ScriptedDialogs } from '../../electron/services/scripted-dialogs';
import { BRIDGE_BUNDLE, electronExecutable, ELECTRON_MISSING, RENDERER_DIR, ROOT } from './paths';
import { serveStatic } from './static-server';

export type HostKind = 'browser' | 'electron';

export type TestHost = {
  /** A fresh folder for this test's files. */
  folder: string;
  /** The path the next save dialog answers with (null: the user cancels). */
  answerSaveDialog(path: string | null): Promise<void>;
  /** The path the next open dialog answers with (null: the user cancels). */
  answerOpenDialog(path: string | null): Promise<void>;
  /** Send a command as the menu or the OS would. */
  sendCommand(command: HostCommand): Promise<void>;
};

type App = { page: Page; host: TestHost };

type TestFixtures = { host: TestHost; app: App; folder: string; electronPresent: void };

export const test = base.extend<TestFixtures, { hostKind: HostKind; appUrl: string }>({
  hostKind: ['browser', { option: true, scope: 'worker' }],

  // Automatic, so it runs before anything launches a browser: skip (saying why) when the
  // electron project has no Electron to run.
  electronPresent: [
    async ({ hostKind }, use, testInfo) => {
      testInfo.skip(hostKind === 'electron' && electronExecutable() === null, ELECTRON_MISSING);
      await use();
    },
    { auto: true },
  ],

  appUrl: [
    // Playwright requires the destructuring pattern even when a fixture needs no other fixture.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await serveStatic(RENDERER_DIR);
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],

  // eslint-disable-next-line no-empty-pattern
  folder: async ({}, use) => {
    const folder = await mkdtemp(join(tmpdir(), 'bodo-e2e-'));
    await use(folder);
    await rm(folder, { recursive: true, force: true });
  },

  app: async ({ hostKind, folder, appUrl, context }, use) => {
    if (hostKind === 'electron') return useElectronApp(electronExecutable() as string, folder, use);
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    const host = await installTestHost(page, folder);
    await page.goto(appUrl);
    await expect(page.locator('.app')).toBeVisible();
    await use({ page, host });
    expect(failures, 'uncaught errors in the page').toEqual([]);
  },

  page: async ({ app }, use) => use(app.page),
  host: async ({ app }, use) => use(app.host),
});

export { expect };

async function installTestHost(page: Page, folder: string): Promise<TestHost> {
  const dialogs = new ScriptedDialogs();
  const handlers = createHostHandlers({
    documents: createDocumentFiles(),
    recent: createRecentFiles({ file: join(folder, 'recent.json') }),
    dialogs,
    printToPdf: async (html) => {
      const printer = await page.context().newPage();
      await printer.setContent(html);
      const pdf = await printer.pdf();
      await printer.close();
      return pdf;
    },
  });
  await page.exposeBinding('__bodoDispatch', (_source, channel: string, payload: unknown) =>
    dispatchIntent(handlers, intentOfChannel(channel) ?? channel, payload),
  );
  await page.addInitScript({ content: await readFile(BRIDGE_BUNDLE, 'utf8') });
  return {
    folder,
    async answerSaveDialog(path) {
      dialogs.nextSavePath = path;
    },
    async answerOpenDialog(path) {
      dialogs.nextOpenPath = path;
    },
    async sendCommand(command) {
      await page.evaluate((sent) => (window as unknown as { __bodoCommand(c: unknown): void }).__bodoCommand(sent), command);
    },
  };
}

async function useElectronApp(executablePath: string, folder: string, use: (app: App) => Promise<void>): Promise<void> {
  const electronApp = await _electron.launch({
    executablePath,
    args: [ROOT],
    env: { ...process.env, BODO_USER_DATA: join(folder, 'user-data') },
  });
  const page = await electronApp.firstWindow();
  await expect(page.locator('.app')).toBeVisible();
  // Native dialogs cannot be clicked by a test: the next call answers from the spec instead.
  const stubDialog = (method: 'showSaveDialog' | 'showOpenDialog', path: string | null) =>
    electronApp.evaluate(
      ({ dialog }, { method, path }) => {
        const answer = path === null ? { canceled: true, filePath: '', filePaths: [] } : { canceled: false, filePath: path, filePaths: [path] };
        Object.assign(dialog, { [method]: async () => answer });
      },
      { method, path },
    );
  const host: TestHost = {
    folder,
    answerSaveDialog: (path) => stubDialog('showSaveDialog', path),
    answerOpenDialog: (path) => stubDialog('showOpenDialog', path),
    async sendCommand(command) {
      await electronApp.evaluate(({ BrowserWindow }, sent) => {
        BrowserWindow.getAllWindows()[0]?.webContents.send('bodo:command', sent);
      }, command);
    },
  };
  await use({ page, host });
  await electronApp.close();
}
