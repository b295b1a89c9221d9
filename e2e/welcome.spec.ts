/**
 * The start page: on first run, and from Help ▸ Welcome; it opens the bundled sample release,
 * starts documents from each template and lists recent files by title and date.
 */
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { restartWithSettings } from './support/settings';

test('on first run the start page opens the sample release', async ({ host, hostKind }) => {
  const page = await restartWithSettings(host, hostKind, null);
  const welcome = page.getByRole('dialog', { name: 'Welcome to Bodo' });
  await expect(welcome).toBeVisible();
  await expect(welcome.getByRole('button', { name: 'Open the sample release' })).toBeVisible();
  for (const template of ['Korean release, itemised (□ ㅇ)', 'Korean release, paragraphs', 'English press release']) {
    await expect(welcome.getByRole('button', { name: `New: ${template}` })).toBeVisible();
  }
  await welcome.getByRole('button', { name: 'Open the sample release' }).click();
  await expect(welcome).toHaveCount(0);
  const title = page.locator('.ProseMirror [data-type="title"]');
  await expect(title).toContainText('MSIT enhances science and ICT diplomacy with Eurasian technology powerhouse Belarus');
  await expect(page.locator('.ProseMirror [data-type="subtitle"]')).toHaveCount(3);
  await expect(page.locator('.ProseMirror [data-type="heading"]').first()).toBeVisible();
  await expect(page.getByTestId('document-name')).toHaveText('Untitled');

  // Seen once: the next start goes straight to the editor.
  const again = await host.crashAndRestart();
  await expect(again.locator('.app')).toBeVisible();
  await expect(again.getByTestId('welcome')).toHaveCount(0);
});

test('Help ▸ Welcome lists recent files by title and date and opens them', async ({ page, host }) => {
  await page.locator('.ProseMirror [data-type="title"]').click();
  await page.keyboard.type('반도체 실증 사업 착수');
  const path = join(host.folder, 'semiconductor.bodo');
  await host.answerSaveDialog(path);
  await page.locator('[data-action="save"]').click();
  await expect(page.locator('.app')).toHaveAttribute('data-dirty', 'false');
  await host.sendCommand({ name: 'new', template: 'en' });

  await host.sendCommand({ name: 'welcome' });
  const welcome = page.getByTestId('welcome');
  const recent = welcome.getByTestId('welcome-recent').getByRole('button');
  await expect(recent).toHaveCount(1);
  await expect(recent).toContainText('반도체 실증 사업 착수');
  await expect(recent).toContainText(/Opened .*\d/);
  await expect(recent).toHaveAttribute('title', path);
  await recent.click();
  await expect(welcome).toHaveCount(0);
  await expect(page.getByTestId('document-name')).toHaveText('semiconductor.bodo');
  await expect(page.locator('.ProseMirror [data-type="title"]')).toHaveText('반도체 실증 사업 착수');
});

test('the start page starts a document from a template and closes with Escape', async ({ page }) => {
  await page.locator('[data-action="welcome"]').click();
  const welcome = page.getByTestId('welcome');
  await welcome.getByRole('button', { name: 'New: English press release' }).click();
  await expect(welcome).toHaveCount(0);
  await expect(page.locator('.ProseMirror')).toHaveAttribute('lang', 'en');

  await page.locator('[data-action="welcome"]').click();
  await expect(welcome).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(welcome).toHaveCount(0);
});
