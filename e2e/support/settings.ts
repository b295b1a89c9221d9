/** Helpers for the settings, start page and language specs: where the host keeps the settings, and the panel. */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SETTINGS_FILE, type HostKind, type TestHost } from './fixtures';

/** The settings file the host reads at start (the electron app keeps it in its data folder). */
export const settingsFileOf = (host: TestHost, hostKind: HostKind) =>
  hostKind === 'electron' ? join(host.folder, 'user-data', SETTINGS_FILE) : join(host.folder, SETTINGS_FILE);

/** Start again with this settings file (null: none at all, a first run). */
export async function restartWithSettings(host: TestHost, hostKind: HostKind, text: string | null): Promise<Page> {
  const file = settingsFileOf(host, hostKind);
  if (text === null) await rm(file, { force: true });
  else await writeFile(file, text);
  return host.crashAndRestart();
}

/** Open the settings panel, change what `edit` changes, and save. */
export async function changeSettings(page: Page, edit: (panel: ReturnType<Page['getByTestId']>) => Promise<void>): Promise<void> {
  await page.locator('[data-action="settings"]').click();
  const panel = page.getByTestId('settings');
  await edit(panel);
  await panel.locator('[data-action="save-settings"]').click();
  await page.getByTestId('settings').waitFor({ state: 'detached' });
}
