/**
 * Never losing work, as a user meets it: a crash after edits to a saved file, discarding what
 * was recovered, saving where the folder has vanished, and a file changed by someone else.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type TestHost } from './support/fixtures';

const editor = (page: Page) => page.locator('[contenteditable="true"]').first();
const appRoot = (page: Page) => page.locator('.app');

async function typeAtEnd(page: Page, text: string): Promise<void> {
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

async function saveAs(page: Page, host: TestHost, path: string): Promise<void> {
  await host.answerSaveDialog(path);
  await host.sendCommand({ name: 'saveAs' });
  await expect(appRoot(page)).toHaveAttribute('data-dirty', 'false');
}

/** Wait until the autosave has put the document in the journal. */
async function journaled(host: TestHost, text: string): Promise<void> {
  const contents = async () => {
    const names = await readdir(host.recoveryFolder).catch(() => [] as string[]);
    return (await Promise.all(names.map((name) => readFile(join(host.recoveryFolder, name), 'utf8').catch(() => '')))).join('\n');
  };
  await expect.poll(contents, { timeout: 15_000 }).toContain(text);
}

test('after a crash, edits to a saved file come back; the file itself changes only on save', async ({ page, host }) => {
  await typeAtEnd(page, '저장한 첫 문장');
  const path = join(host.folder, '보도자료.bodo');
  await saveAs(page, host, path);
  const savedBytes = await readFile(path, 'utf8');

  await typeAtEnd(page, '충돌 전에 쓴 문장');
  await journaled(host, '충돌 전에 쓴 문장');
  const restarted = await host.crashAndRestart();

  const recovery = restarted.getByTestId('recovery');
  await expect(recovery).toContainText('보도자료.bodo');
  await recovery.locator('[data-action="restore"]').click();
  await expect(editor(restarted)).toContainText('충돌 전에 쓴 문장');
  await expect(appRoot(restarted)).toHaveAttribute('data-dirty', 'true');
  await expect(restarted.getByTestId('document-name')).toHaveText('보도자료.bodo');
  expect(await readFile(path, 'utf8')).toBe(savedBytes);

  // Saving goes back to the original file, with no dialog, and the journal lets go of it.
  await host.sendCommand({ name: 'save' });
  await expect(appRoot(restarted)).toHaveAttribute('data-dirty', 'false');
  expect(await readFile(path, 'utf8')).toContain('충돌 전에 쓴 문장');
  await expect.poll(() => readdir(host.recoveryFolder)).toEqual([]);
});

test('a discarded recovery is gone for good', async ({ page, host }) => {
  await typeAtEnd(page, '버릴 문장');
  await journaled(host, '버릴 문장');
  let restarted = await host.crashAndRestart();
  await restarted.getByTestId('recovery').locator('[data-action="discard"]').click();
  await expect(restarted.getByTestId('recovery')).toHaveCount(0);
  await expect(editor(restarted)).not.toContainText('버릴 문장');
  await expect.poll(() => readdir(host.recoveryFolder)).toEqual([]);

  restarted = await host.crashAndRestart();
  await expect(appRoot(restarted)).toBeVisible();
  await expect(restarted.getByTestId('recovery')).toHaveCount(0);
});

test('show later keeps the recovered document for the next start', async ({ page, host }) => {
  await typeAtEnd(page, '나중에 볼 문장');
  await journaled(host, '나중에 볼 문장');
  let restarted = await host.crashAndRestart();
  await restarted.getByTestId('recovery').locator('[data-action="later"]').click();
  await expect(restarted.getByTestId('recovery')).toHaveCount(0);
  expect(await readdir(host.recoveryFolder)).toHaveLength(1);

  restarted = await host.crashAndRestart();
  await expect(restarted.getByTestId('recovery')).toContainText('나중에 볼 문장');
});

test('saving into a folder that vanished says so, and the document stays open and unsaved', async ({ page, host }) => {
  const share = join(host.folder, '공유 폴더');
  await mkdir(share);
  const path = join(share, '보도자료.bodo');
  await typeAtEnd(page, '네트워크 드라이브의 문서');
  await saveAs(page, host, path);

  await rm(share, { recursive: true });
  await typeAtEnd(page, '연결이 끊긴 뒤에 쓴 문장');
  await host.sendCommand({ name: 'save' });
  await expect(page.getByRole('alert')).toContainText('보도자료.bodo');
  await expect(page.getByRole('alert')).toContainText('no longer exists');
  await expect(appRoot(page)).toHaveAttribute('data-dirty', 'true');
  await expect(editor(page)).toContainText('연결이 끊긴 뒤에 쓴 문장');

  // Saved elsewhere, nothing is lost.
  const elsewhere = join(host.folder, '다른 곳.bodo');
  await saveAs(page, host, elsewhere);
  expect(await readFile(elsewhere, 'utf8')).toContain('연결이 끊긴 뒤에 쓴 문장');
});

test.describe('a file changed by someone else while open', () => {
  async function openedThenChangedElsewhere(page: Page, host: TestHost) {
    await typeAtEnd(page, '내가 쓴 문장');
    const path = join(host.folder, '함께 쓰는 문서.bodo');
    await saveAs(page, host, path);
    await typeAtEnd(page, '내가 더 쓴 문장');
    // Another program saves its own version of the file.
    const theirs = (await readFile(path, 'utf8')).replace('내가 쓴 문장', '동료가 고친 문장');
    await writeFile(path, theirs);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect(page.getByTestId('choice-dialog')).toBeVisible();
    return path;
  }

  test('keep mine saves my version as a copy and leaves theirs', async ({ page, host }) => {
    const path = await openedThenChangedElsewhere(page, host);
    const copy = join(host.folder, '내 사본.bodo');
    await host.answerSaveDialog(copy);
    await page.getByTestId('choice-dialog').locator('[data-choice="keepMine"]').click();
    await expect(page.getByTestId('document-name')).toHaveText('내 사본.bodo');
    expect(await readFile(copy, 'utf8')).toContain('내가 더 쓴 문장');
    expect(await readFile(path, 'utf8')).toContain('동료가 고친 문장');
  });

  test('reload shows their version', async ({ page, host }) => {
    await openedThenChangedElsewhere(page, host);
    await page.getByTestId('choice-dialog').locator('[data-choice="reload"]').click();
    await expect(editor(page)).toContainText('동료가 고친 문장');
    await expect(editor(page)).not.toContainText('내가 더 쓴 문장');
    await expect(appRoot(page)).toHaveAttribute('data-dirty', 'false');
  });
});
