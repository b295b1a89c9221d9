/**
 * The name the review signs with: asked once on first run (prefilled with the system's user
 * name) and kept in the settings; Word exports carry the comments only when the settings say so.
 */
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { expect, test } from './support/fixtures';
import { changeSettings, restartWithSettings, settingsFileOf } from './support/settings';

const panel = (page: Page) => page.locator('.review-panel');

/** Writes a title, selects it as a mouse drag would and comments on it. */
async function commentOnTitle(page: Page, title: string, text: string) {
  await page.locator('.ProseMirror [data-type="title"]').click();
  await page.keyboard.type(title);
  await page.locator('.ProseMirror [data-type="title"]').evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(title);
  await panel(page).locator('[data-action="add-comment"]').click();
  const draft = panel(page).getByTestId('comment-draft');
  await draft.locator('textarea').fill(text);
  await draft.locator('button[type="submit"]').click();
  return panel(page).locator('.thread').filter({ hasText: text });
}

test('first run asks once for the author name, prefilled with the system user name', async ({ host, hostKind }) => {
  const page = await restartWithSettings(host, hostKind, null);
  await expect(page.getByRole('dialog', { name: 'Welcome to Bodo' })).toBeVisible();
  await page.keyboard.press('Escape');

  const question = page.getByTestId('first-run-author');
  const name = question.getByTestId('first-run-author-name');
  await expect(name).toHaveValue(userInfo().username);
  await expect(name).toBeFocused();
  await name.fill('박보도');
  await name.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(panel(page).getByTestId('author')).toHaveText('박보도');
  await expect
    .poll(async () => JSON.parse(await readFile(settingsFileOf(host, hostKind), 'utf8')).authorName)
    .toBe('박보도');

  const thread = await commentOnTitle(page, '내년 예산 확정', '근거를 붙여 주세요');
  await expect(thread.locator('.entry-author')).toHaveText('박보도');

  const again = await host.crashAndRestart();
  await expect(panel(again).getByTestId('author')).toHaveText('박보도');
  await expect(again.getByTestId('first-run-author')).toHaveCount(0);
});

test('Word exports carry review comments only when the settings say so', async ({ page, host }) => {
  await panel(page).locator('[data-action="change-author"]').click();
  await panel(page).getByTestId('author-name').fill('김과장');
  await panel(page).getByTestId('author-name').press('Enter');
  await commentOnTitle(page, '내년 예산 확정', '근거를 붙여 주세요');
  const exportDocx = async (name: string) => {
    const path = join(host.folder, name);
    await host.answerSaveDialog(path);
    await host.sendCommand({ name: 'export', format: 'docx' });
    await expect.poll(() => readFile(path).then(() => true, () => false)).toBe(true);
    const zip = await JSZip.loadAsync(await readFile(path));
    const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
    return { document, comments: (await zip.file('word/comments.xml')?.async('string')) ?? null };
  };

  const plain = await exportDocx('plain.docx');
  expect(plain.comments).toBeNull();
  expect(plain.document).not.toContain('근거를 붙여 주세요');

  await changeSettings(page, (settings) => settings.getByTestId('word-comments').check());
  const commented = await exportDocx('commented.docx');
  expect(commented.comments).toContain('근거를 붙여 주세요');
  expect(commented.document).toContain('내년 예산 확정');
});
