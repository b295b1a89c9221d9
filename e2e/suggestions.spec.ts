/**
 * Suggesting mode in one file, as two people use it: the author writes and saves; a reviewer
 * (another name) comments and, in Suggesting mode, inserts (through the IME) and deletes; the
 * file reopens with all of it; the author accepts one suggestion and rejects the other, and
 * exports carry no comment text.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { signAs } from './support/review';
import { composeKorean } from './support/ime';
import enReview from '../shared/i18n/en/review.json';
import koReview from '../shared/i18n/ko/review.json';

const editorRoot = (page: Page) => page.locator('.ProseMirror');
const panel = (page: Page) => page.locator('.review-panel');
const line = (page: Page, n: number) => editorRoot(page).locator('[data-type="line"]').nth(n);
const card = (page: Page, text: string) => panel(page).locator('.suggestion-card').filter({ hasText: text });

/** The lines of the 개조식 template's two □ blocks and their ㅇ children, in order. */
const TWO_BLOCKS = ['예산 확정', '세부 내용', '지역 사업', '사업 내용'];

/** TWO_BLOCKS typed into a new 개조식 release by 김과장. */
async function writeTwoBlocksWithChildren(page: Page, host: { sendCommand(c: { name: 'new'; template: 'ko-gaejo' }): Promise<void> }) {
  await host.sendCommand({ name: 'new', template: 'ko-gaejo' });
  await signAs(page, '김과장');
  for (const [n, text] of TWO_BLOCKS.entries()) {
    await line(page, n).click();
    await page.keyboard.type(text);
  }
}

/** The block (item) whose line is the `n`th. */
const blockOf = (page: Page, n: number) => line(page, n).locator('xpath=..');

async function save(page: Page, host: { sendCommand(c: { name: 'save' }): Promise<void> }) {
  await host.sendCommand({ name: 'save' });
  await expect(page.locator('.app')).toHaveAttribute('data-dirty', 'false');
}

test('a reviewer comments and suggests; the file keeps it; the author accepts one and rejects one', async ({ page, host }) => {
  await host.sendCommand({ name: 'new', template: 'ko-gaejo' });
  await signAs(page, '이주무관');
  await page.locator('[data-type="title"]').click();
  await page.keyboard.type('내년 예산 확정');
  await line(page, 0).click();
  await page.keyboard.type('정부는 내년 예산을 확정했다');
  await line(page, 1).click();
  await page.keyboard.type('지역 사업을 늘린다');
  const path = join(host.folder, '제안.bodo');
  await host.answerSaveDialog(path);
  await page.locator('[data-action="saveAs"]').click();
  await expect(page.locator('.app')).toHaveAttribute('data-dirty', 'false');

  // The reviewer comments on a block, then suggests: an insertion composed with the IME, a deletion.
  await signAs(page, '김과장');
  await line(page, 0).click();
  await panel(page).locator('[data-action="add-comment"]').click();
  await panel(page).getByTestId('comment-draft').locator('textarea').fill('금액을 밝혀 주세요');
  await panel(page).getByTestId('comment-draft').locator('textarea').press('Control+Enter');
  await panel(page).locator('[data-mode="suggesting"]').click();
  await line(page, 1).click();
  await page.keyboard.press('Home');
  await composeKorean(await page.context().newCDPSession(page), '새로운 ');
  await line(page, 0).click();
  await page.keyboard.press('Home');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Backspace');
  await expect(editorRoot(page).locator('ins.suggestion-insertion')).toHaveText('새로운 ');
  await expect(editorRoot(page).locator('del.suggestion-deletion')).toHaveText('정부는 ');
  await expect(line(page, 1)).toHaveText('새로운 지역 사업을 늘린다');
  await save(page, host);

  // The author reopens the file: the comment and both suggestions, signed by the reviewer.
  await host.sendCommand({ name: 'new' });
  await host.answerOpenDialog(path);
  await page.locator('[data-action="open"]').click();
  await expect(panel(page).locator('.thread')).toHaveCount(1);
  await signAs(page, '이주무관');
  await panel(page).locator('[data-tab="suggestions"]').click();
  await expect(panel(page).locator('.suggestion-card')).toHaveCount(2);
  await expect(card(page, '새로운').locator('.suggestion-author')).toHaveText('김과장');
  await expect(card(page, '정부는').locator('.suggestion-author')).toHaveText('김과장');

  await card(page, '정부는').locator('[data-action="accept"]').click();
  await card(page, '새로운').locator('[data-action="reject"]').click();
  await expect(panel(page).locator('.suggestion-card')).toHaveCount(0);
  await expect(line(page, 0)).toHaveText('내년 예산을 확정했다');
  await expect(line(page, 1)).toHaveText('지역 사업을 늘린다');
  await expect(editorRoot(page).locator('ins, del')).toHaveCount(0);
  await save(page, host);

  const out = join(host.folder, 'release.txt');
  await host.answerSaveDialog(out);
  await page.locator('[data-action="export"]').selectOption('txt');
  await expect.poll(() => readFile(out, 'utf8').catch(() => '')).toContain('내년 예산을 확정했다');
  const text = await readFile(out, 'utf8');
  expect(text).not.toContain('정부는');
  expect(text).not.toContain('새로운');
  expect(text).not.toContain('금액을 밝혀');
});

test('in Suggesting mode, Tab is a "level changed" suggestion; rejecting it puts the block back', async ({ page, host }) => {
  await writeTwoBlocksWithChildren(page, host);
  await expect(blockOf(page, 2)).toHaveAttribute('data-level', '1');

  await panel(page).locator('[data-mode="suggesting"]').click();
  await line(page, 2).click();
  await page.keyboard.press('Tab');
  // The block really moves, its child along; nothing is struck out or inserted.
  await expect(blockOf(page, 2)).toHaveAttribute('data-level', '2');
  await expect(blockOf(page, 3)).toHaveAttribute('data-level', '3');
  await expect(editorRoot(page).locator('ins, del')).toHaveCount(0);
  await expect(editorRoot(page).locator('.suggestion-modification')).toHaveAttribute('title', '김과장: 1 → 2');
  await panel(page).locator('[data-tab="suggestions"]').click();
  await expect(panel(page).locator('.suggestion-card')).toHaveCount(1);
  await expect(card(page, '□ → ㅇ').locator('.suggestion-author')).toHaveText('김과장');

  await card(page, '□ → ㅇ').locator('[data-action="reject"]').click();
  await expect(panel(page).locator('.suggestion-card')).toHaveCount(0);
  await expect(blockOf(page, 2)).toHaveAttribute('data-level', '1');
  await expect(blockOf(page, 3)).toHaveAttribute('data-level', '2');
  await expect(editorRoot(page).locator('.suggestion-modification')).toHaveCount(0);
  await expect(line(page, 2)).toHaveText('지역 사업');
});

test('two reviewers typing one after the other make two suggestions, each settled alone', async ({ page, host }) => {
  await host.sendCommand({ name: 'new', template: 'ko-gaejo' });
  await signAs(page, '김과장');
  await line(page, 0).click();
  await page.keyboard.type('예산 확정');
  await panel(page).locator('[data-mode="suggesting"]').click();
  await line(page, 0).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' 발표');
  await signAs(page, '박국장');
  await line(page, 0).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' 예정');
  await expect(line(page, 0)).toHaveText('예산 확정 발표 예정');

  await panel(page).locator('[data-tab="suggestions"]').click();
  await expect(panel(page).locator('.suggestion-card')).toHaveCount(2);
  await expect(card(page, '발표').locator('.suggestion-author')).toHaveText('김과장');
  await expect(card(page, '예정').locator('.suggestion-author')).toHaveText('박국장');
  await card(page, '예정').locator('[data-action="accept"]').click();
  await expect(panel(page).locator('.suggestion-card')).toHaveCount(1);
  await expect(card(page, '발표').locator('.suggestion-author')).toHaveText('김과장');
  await expect(editorRoot(page).locator('ins.suggestion-insertion')).toHaveText(' 발표');
});

test('in Suggesting mode, Enter at the end of a block with children suggests a new first child; rejecting it restores the document', async ({ page, host }) => {
  await writeTwoBlocksWithChildren(page, host);
  const lineCount = await editorRoot(page).locator('[data-type="line"]').count();
  const remarkCount = await editorRoot(page).locator('[data-type="remark"]').count();
  await expect(blockOf(page, 0)).toHaveAttribute('data-level', '1');
  await expect(blockOf(page, 1)).toHaveAttribute('data-level', '2');

  await panel(page).locator('[data-mode="suggesting"]').click();
  await line(page, 0).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await composeKorean(await page.context().newCDPSession(page), '새 항목');
  // The typed text is in a new ㅇ block before the first child; nothing else moved or was struck out.
  await expect(line(page, 0)).toHaveText('예산 확정');
  await expect(line(page, 1)).toHaveText('새 항목');
  await expect(blockOf(page, 1)).toHaveAttribute('data-level', '2');
  await expect(line(page, 2)).toHaveText('세부 내용');
  await expect(blockOf(page, 2)).toHaveAttribute('data-level', '2');
  await expect(editorRoot(page).locator('del')).toHaveCount(0);
  await expect(editorRoot(page).locator('[data-type="remark"]')).toHaveCount(remarkCount);
  await panel(page).locator('[data-tab="suggestions"]').click();
  await expect(panel(page).locator('.suggestion-card')).toHaveCount(1);
  await expect(card(page, '새 항목').locator('.suggestion-author')).toHaveText('김과장');

  await card(page, '새 항목').locator('[data-action="reject"]').click();
  await expect(panel(page).locator('.suggestion-card')).toHaveCount(0);
  await expect(editorRoot(page).locator('[data-type="line"]')).toHaveCount(lineCount);
  for (const [n, text] of TWO_BLOCKS.entries()) await expect(line(page, n)).toHaveText(text);
  await expect(blockOf(page, 1)).toHaveAttribute('data-level', '2');
  await expect(editorRoot(page).locator('ins, del')).toHaveCount(0);
});

test('in Suggesting mode, Backspace at the start of a block says joining cannot be suggested, and changes nothing', async ({ page, host }) => {
  await host.sendCommand({ name: 'new', template: 'ko-gaejo' });
  await signAs(page, '김과장');
  await line(page, 0).click();
  await page.keyboard.type('예산 확정');
  await line(page, 1).click();
  await page.keyboard.type('세부 내용');
  const lines = editorRoot(page).locator('[data-type="line"]');
  const before = await lines.allTextContents();

  await panel(page).locator('[data-mode="suggesting"]').click();
  await line(page, 1).click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Backspace');
  const catalogue = (await page.locator('html').getAttribute('lang'))?.startsWith('en') ? enReview : koReview;
  await expect(page.getByTestId('notice')).toContainText(catalogue.refused_join);
  expect(await lines.allTextContents()).toEqual(before);
  await expect(editorRoot(page).locator('ins, del')).toHaveCount(0);
});
