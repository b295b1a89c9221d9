/**
 * Settings as a user meets them: chosen in the panel, kept across a restart, and a damaged
 * settings file that falls back to the defaults and says so instead of stopping the app.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './support/fixtures';
import { changeSettings, restartWithSettings, settingsFileOf } from './support/settings';

test('settings chosen in the panel survive a restart', async ({ page, host, hostKind }) => {
  await changeSettings(page, async (panel) => {
    await panel.getByLabel('Author name').fill('김보도');
    await panel.getByLabel('Interface language').selectOption('ko');
    await panel.getByLabel('Theme').selectOption('dark');
    await panel.getByLabel('Autosave every (seconds)').fill('30');
    await panel.getByLabel('Level 1 marker').fill('■');
    await panel.getByLabel('Body style').selectOption('paragraph');
  });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.locator('[data-action="settings"]')).toHaveText('설정');

  const stored = JSON.parse(await readFile(settingsFileOf(host, hostKind), 'utf8')) as Record<string, unknown>;
  expect(stored).toMatchObject({ authorName: '김보도', uiLanguage: 'ko', theme: 'dark', autosaveSeconds: 30 });

  const restarted = await host.crashAndRestart();
  await expect(restarted.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(restarted.locator('[data-action="settings"]')).toHaveText('설정');
  await restarted.locator('[data-action="settings"]').click();
  const panel = restarted.getByTestId('settings');
  await expect(panel.getByLabel('작성자 이름')).toHaveValue('김보도');
  await expect(panel.getByLabel('자동 저장 간격 (초)')).toHaveValue('30');
  await expect(panel.getByLabel('1수준 기호')).toHaveValue('■');
  await restarted.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);

  // New documents follow the agency profile: paragraphs, with the chosen level-1 glyph.
  await host.sendCommand({ name: 'new' });
  await expect(restarted.locator('.ProseMirror [data-type="paragraph"]').first()).toBeVisible();
  await expect(restarted.locator('.app')).toHaveAttribute('style', /--glyph-1: "■"/);
});

test('a damaged settings file falls back to the defaults and says so', async ({ host, hostKind }) => {
  for (const damaged of ['{ "theme": ', JSON.stringify({ theme: 'purple', autosaveSeconds: -4 })]) {
    const page = await restartWithSettings(host, hostKind, damaged);
    await expect(page.getByTestId('settings-problem')).toContainText('using the defaults');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    // The editor still works with the defaults.
    await page.locator('.ProseMirror [data-type="title"]').click();
    await page.keyboard.type('설정이 망가져도 편집은 된다');
    await expect(page.locator('.ProseMirror [data-type="title"]')).toHaveText('설정이 망가져도 편집은 된다');
  }

  // Saving the settings replaces the damaged file; the next start is quiet.
  const page = await restartWithSettings(host, hostKind, '{ nope');
  await changeSettings(page, async (panel) => void (await panel.getByLabel('Theme').selectOption('light')));
  const quiet = await host.crashAndRestart();
  await expect(quiet.locator('.app')).toBeVisible();
  await expect(quiet.getByTestId('settings-problem')).toHaveCount(0);
  await expect(quiet.getByTestId('welcome')).toHaveCount(0);
  expect(JSON.parse(await readFile(settingsFileOf(host, hostKind), 'utf8'))).toMatchObject({ theme: 'light' });
});

test('the settings panel is a keyboard dialog: focus inside, Tab wraps, Escape cancels', async ({ page }) => {
  await page.locator('[data-action="settings"]').click();
  const panel = page.getByRole('dialog', { name: 'Settings' });
  await expect(panel.getByLabel('Author name')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(panel.getByRole('button', { name: 'Save' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(panel.getByLabel('Author name')).toBeFocused();
  await page.keyboard.type('지워질 이름');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page.locator('[data-action="settings"]')).toBeFocused();
  await page.locator('[data-action="settings"]').click();
  await expect(page.getByRole('dialog').getByLabel('Author name')).toHaveValue('');
});
