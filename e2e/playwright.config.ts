import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import type { HostKind } from './support/fixtures';

// The system's Chromium where there is one (Debian's /usr/bin/chromium), else Playwright's own.
const systemChromium = '/usr/bin/chromium';

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
          executablePath: existsSync(systemChromium) ? systemChromium : undefined,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
    // Skipped, with the reason printed, where no Electron binary is installed (see support/paths.ts).
    { name: 'electron', use: { hostKind: 'electron' } },
  ],
});
