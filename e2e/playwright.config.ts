import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from './support/chromium';
import type { HostKind } from './support/fixtures';

export default defineConfig<{ hostKind: HostKind }>({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../test-results',
  globalSetup: './support/global-setup.ts',
  forbidOnly: true,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  reporter: [['list']],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    {
      name: 'chromium',
      use: {
        hostKind: 'browser',
        browserName: 'chromium',
        headless: true,
        launchOptions: {
          // Playwright's own Chromium where the system has none.
          executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
          args: CHROMIUM_ARGS,
        },
      },
    },
    // Skipped, with the reason printed, where no Electron binary is installed (see support/paths.ts).
    { name: 'electron', use: { hostKind: 'electron' } },
  ],
});
