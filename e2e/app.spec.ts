/**
 * The document lifecycle as a user meets it: write, save, reopen, and a bad file that must
 * not cost them the document they have open.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const editor = (page: Page) => page.locator('[contenteditable="true"]').first();
const appRoot = (page: Page) => page.locator('.app');
const toolbarButton = (page: Page, action: string) => page.locator(`[data-action="${action}"]`);

async function typeAtEnd(page: Page, text: string): Promise<void> {
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

async function saveAs(page: Page, host: { answerSaveDialog(path: string): Promise<void> }, path: string) {
  await host.answerSaveDialog(path);
  await toolbarButton(page, 'save').click();
  await expect(appRoot(page)).toHaveAttribute('data-dirty', 'false');
}

const savedContent = async (path: string) => (JSON.parse(await readFile(path, 'utf8')) as { content: unknown }).content;

test('a new document, typed and saved, reopens as the same document', async ({ page, host }) => {
  await host.sendCommand({ name: 'new' });
  await typeAtEnd(page, '과학기술정보통신부는 13일 인공지능 반도체 실증 사업을 시작한다고 밝혔다.');
  const path = join(host.folder, '보도자료.bodo');
  await saveAs(page, host, path);
  await expect(page.getByTestId('document-name')).toHaveText('보도자료.bodo');
  const written = (await editor(page).textContent()) ?? '';

  await toolbarButton(page, 'new').click();
  await expect(editor(page)).not.toContainText('인공지능 반도체');

  await host.answerOpenDialog(path);
  await toolbarButton(page, 'open').click();
  await expect(editor(page)).toHaveText(written);
  await expect(page.getByTestId('document-name')).toHaveText('보도자료.bodo');
  await expect(appRoot(page)).toHaveAttribute('data-dirty', 'false');

  // Saving the reopened document elsewhere writes exactly the content that was saved first.
  const copy = join(host.folder, 'copy.bodo');
  await host.answerSaveDialog(copy);
  await host.sendCommand({ name: 'saveAs' });
  await expect(page.getByTestId('document-name')).toHaveText('copy.bodo');
  expect(await savedContent(copy)).toEqual(await savedContent(path));
});

test('the unsaved mark appears on typing and clears on save', async ({ page, host }) => {
  await expect(appRoot(page)).toHaveAttribute('data-dirty', 'false');
  await typeAtEnd(page, '보도시점 이후 보도');
  await expect(appRoot(page)).toHaveAttribute('data-dirty', 'true');
  await expect(page.getByTestId('document-state')).toHaveAttribute('data-dirty', 'true');

  await saveAs(page, host, join(host.folder, 'mark.bodo'));
  await expect(page.getByTestId('document-state')).toHaveAttribute('data-dirty', 'false');

  await typeAtEnd(page, '한 줄 더');
  await expect(appRoot(page)).toHaveAttribute('data-dirty', 'true');
  await host.sendCommand({ name: 'save' });
  await expect(appRoot(page)).toHaveAttribute('data-dirty', 'false');
  expect(JSON.stringify(await savedContent(join(host.folder, 'mark.bodo')))).toContain('한 줄 더');
});

test('a corrupt file is refused by name and the open document stays', async ({ page, host }) => {
  await typeAtEnd(page, '지금 쓰고 있는 보도자료');
  await saveAs(page, host, join(host.folder, 'current.bodo'));
  const before = (await editor(page).textContent()) ?? '';

  const corrupt = join(host.folder, '망가진 파일.bodo');
  await writeFile(corrupt, '{"format":"bodo.document","version":1,"content":');
  await host.answerOpenDialog(corrupt);
  await toolbarButton(page, 'open').click();

  await expect(page.getByRole('alert')).toContainText('망가진 파일.bodo');
  await expect(editor(page)).toHaveText(before);
  await expect(page.getByTestId('document-name')).toHaveText('current.bodo');

  // The same file handed over by the OS or a second launch is refused the same way.
  await host.sendCommand({ name: 'openPath', path: corrupt });
  await expect(page.getByRole('alert')).toContainText('망가진 파일.bodo');
  await expect(editor(page)).toHaveText(before);
});
