/**
 * The end-to-end fixture: the built app in a page, with a host behind `window.bodo` and a
 * temp folder for its files. In the chromium project the host is the real Node services
 * (`createHostHandlers`) over Playwright bindings, with scripted dialogs; in the electron
 * project it is the packaged main process, with its dialogs stubbed. Specs see one API.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, expect, test as base, type BrowserContext, type ElectronApplication, type Page } from '@playwright/test';
import { intentOfChannel, type HostCommand } from '../../shared/bridge/contract';
import { createDocumentFiles } from '../../electron/services/documents';
import { createHostHandlers, dispatchIntent, PathGrants } from '../../electron/services/host';
import { createJournal } from '../../electron/services/journal';
import { createRecentFiles } from '../../electron/services/recent';
import { createSettingsStore } from '../../electron/services/settings';
import { ScriptedDialogs } from '../../electron/services/scripted-dialogs';
import { BRIDGE_BUNDLE, electronExecutable, ELECTRON_MISSING, RENDERER_DIR, ROOT } from './paths';
import { serveStatic } from './static-server';

export type HostKind = 'browser' | 'electron';

export type TestHost = {
  /** A fresh folder for this test's files. */
  folder: string;
  /** Where the host keeps its recovery journal (inside the app's data folder). */
  recoveryFolder: string;
  /** The path the next save dialog answers with (null: the user cancels). */
  answerSaveDialog(path: string | null): Promise<void>;
  /** The path the next open dialog answers with (null: the user cancels). */
  answerOpenDialog(path: string | null): Promise<void>;
  /** Send a command as the menu or the OS would. */
  sendCommand(command: HostCommand): Promise<void>;
  /**
   * End the app abruptly, as a crash or a killed process would (nothing saved, nothing asked),
   * and start it again over the same data folder. Returns the new app's page.
   */
  crashAndRestart(): Promise<Page>;
};

/** The host's settings file, in the test's folder (chromium) or the app's data folder (electron). */
export const SETTINGS_FILE = 'settings.json';
const SEEN_WELCOME = { welcomeSeen: true };

/** Short in tests, so a spec can wait for an autosave without waiting long. */
export const TEST_AUTOSAVE_SECONDS = 1;

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
    const failures: string[] = [];
    await use(await startBrowserApp(context, appUrl, folder, failures));
    expect(failures, 'uncaught errors in the page').toEqual([]);
  },

  page: async ({ app }, use) => use(app.page),
  host: async ({ app }, use) => use(app.host),
});

export { expect };

/** The app in a Chromium page, its host the real services over Playwright bindings, with scripted dialogs. */
async function startBrowserApp(context: BrowserContext, appUrl: string, folder: string, failures: string[]): Promise<App> {
  const dialogs = new ScriptedDialogs();
  // Past the first run, so specs start in the editor (welcome.spec.ts removes this to see the start page).
  await writeFile(join(folder, SETTINGS_FILE), JSON.stringify(SEEN_WELCOME));
  let run = await launchBrowserRun(context, appUrl, folder, dialogs, failures);
  const host: TestHost = {
    folder,
    recoveryFolder: join(folder, 'recovery'),
    async answerSaveDialog(path) {
      dialogs.nextSavePath = path;
    },
    async answerOpenDialog(path) {
      dialogs.nextOpenPath = path;
    },
    async sendCommand(command) {
      // The main process grants the files the OS hands over; so does this stand-in.
      if (command.name === 'openPath') run.grants.grant(command.path);
      await run.page.evaluate((sent) => (window as unknown as { __bodoCommand(c: unknown): void }).__bodoCommand(sent), command);
    },
    async crashAndRestart() {
      // A page closed without its unload handlers is a renderer that died: nothing saved, nothing asked.
      await run.page.close({ runBeforeUnload: false });
      run = await launchBrowserRun(context, appUrl, folder, dialogs, failures);
      return run.page;
    },
  };
  return { page: run.page, host };
}

/** One run of the app: a page and a host of its own (a new journal run, no granted files) over the shared folder. */
async function launchBrowserRun(
  context: BrowserContext,
  appUrl: string,
  folder: string,
  dialogs: ScriptedDialogs,
  failures: string[],
): Promise<{ page: Page; grants: PathGrants }> {
  const page = await context.newPage();
  page.on('pageerror', (error) => failures.push(error.message));
  const grants = new PathGrants();
  const handlers = createHostHandlers({
    documents: createDocumentFiles(),
    recent: createRecentFiles({ file: join(folder, 'recent.json') }),
    dialogs,
    journal: createJournal({ folder: join(folder, 'recovery') }),
    grants,
    autosaveSeconds: () => TEST_AUTOSAVE_SECONDS,
    settings: createSettingsStore({ file: join(folder, SETTINGS_FILE) }),
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
  await page.goto(appUrl);
  await expect(page.locator('.app')).toBeVisible();
  return { page, grants };
}

async function useElectronApp(executablePath: string, folder: string, use: (app: App) => Promise<void>): Promise<void> {
  const userData = join(folder, 'user-data');
  await mkdir(userData, { recursive: true });
  await writeFile(join(userData, SETTINGS_FILE), JSON.stringify({ ...SEEN_WELCOME, autosaveSeconds: TEST_AUTOSAVE_SECONDS }));
  const launch = async () => {
    const electronApp = await _electron.launch({ executablePath, args: [ROOT], env: { ...process.env, BODO_USER_DATA: userData } });
    const page = await electronApp.firstWindow();
    await expect(page.locator('.app')).toBeVisible();
    return { electronApp, page };
  };
  let run: { electronApp: ElectronApplication; page: Page } = await launch();
  // Native dialogs cannot be clicked by a test: the next call answers from the spec instead.
  const stubDialog = (method: 'showSaveDialog' | 'showOpenDialog', path: string | null) =>
    run.electronApp.evaluate(
      ({ dialog }, { method, path }) => {
        const answer = path === null ? { canceled: true, filePath: '', filePaths: [] } : { canceled: false, filePath: path, filePaths: [path] };
        Object.assign(dialog, { [method]: async () => answer });
      },
      { method, path },
    );
  const host: TestHost = {
    folder,
    recoveryFolder: join(userData, 'recovery'),
    answerSaveDialog: (path) => stubDialog('showSaveDialog', path),
    answerOpenDialog: (path) => stubDialog('showOpenDialog', path),
    async sendCommand(command) {
      await run.electronApp.evaluate(({ app, BrowserWindow }, sent) => {
        // A file goes the way the OS hands it over, so the main process grants it as it would.
        if (sent.name === 'openPath') app.emit('open-file', { preventDefault: () => undefined }, sent.path);
        else BrowserWindow.getAllWindows()[0]?.webContents.send('bodo:command', sent);
      }, command);
    },
    async crashAndRestart() {
      run.electronApp.process().kill('SIGKILL');
      await new Promise((resolve) => run.electronApp.process().once('exit', resolve));
      run = await launch();
      return run.page;
    },
  };
  await use({ page: run.page, host });
  await run.electronApp.close();
}
