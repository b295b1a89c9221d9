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
  // One retry in CI only: a test that passes on retry is still reported as flaky in the output.
  retries: process.env.CI ? 1 : 0,
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
