/**
 * Review in one file, as two people do it: the author writes and saves, a reviewer (another
 * name) comments, the author replies and resolves; the saved file reopens with every thread,
 * the review report lists them and exports carry no comment text. Versions and the approval
 * status live in the same file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { cardAndText, signAs } from './support/review';

const editorRoot = (page: Page) => page.locator('.ProseMirror');
const panel = (page: Page) => page.locator('.review-panel');
const thread = (page: Page, text: string) => panel(page).locator('.thread').filter({ hasText: text });

/** Selects `needle` in the page as a mouse drag would (a DOM selection ProseMirror reads). */
async function selectText(page: Page, needle: string) {
  await editorRoot(page).evaluate((root, text) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(text);
      if (at < 0) continue;
      // As a person would: what they select is on screen.
      node.parentElement!.scrollIntoView({ block: 'nearest' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      (root as HTMLElement).focus();
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`${text} not on the page`);
  }, needle);
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(needle);
}

async function comment(page: Page, needle: string, text: string) {
  await selectText(page, needle);
  await panel(page).locator('[data-action="add-comment"]').click();
  const draft = panel(page).getByTestId('comment-draft');
  await expect(draft.locator('.thread-quote')).toHaveText(needle);
  await draft.locator('textarea').fill(text);
  await draft.locator('button[type="submit"]').click();
  await expect(thread(page, text)).toBeVisible();
}

async function writeDraft(page: Page) {
  await page.locator('[data-type="title"]').click();
  await page.keyboard.type('내년 예산 확정');
  await editorRoot(page).locator('[data-type="line"]').first().click();
  await page.keyboard.type('정부는 내년 예산을 확정했다');
  await editorRoot(page).locator('[data-type="line"]').nth(1).click();
  await page.keyboard.type('지역 사업을 늘린다');
}

async function saveAs(page: Page, host: { answerSaveDialog(path: string): Promise<void> }, path: string) {
  await host.answerSaveDialog(path);
  await page.locator('[data-action="saveAs"]').click();
  await expect(page.locator('.app')).toHaveAttribute('data-dirty', 'false');
}

test('a reviewer comments, the author replies and resolves; the file keeps it all and exports do not', async ({ page, host }) => {
  await host.sendCommand({ name: 'new', template: 'ko-gaejo' });
  await signAs(page, '이주무관');
  await writeDraft(page);
  const path = join(host.folder, '예산.bodo');
  await saveAs(page, host, path);

  // The reviewer, under another name, comments on a phrase and on a whole block.
  await signAs(page, '김과장');
  await comment(page, '예산을 확정했다', '금액을 밝혀 주세요');
  await editorRoot(page).locator('[data-type="line"]').nth(1).click();
  // Just a caret in the block (a slow machine can read the click as a word-selecting double click).
  await page.keyboard.press('End');
  await panel(page).locator('[data-action="add-comment"]').click();
  await panel(page).getByTestId('comment-draft').locator('textarea').fill('어느 지역인가요?');
  await panel(page).getByTestId('comment-draft').locator('textarea').press('Control+Enter');
  await expect(thread(page, '어느 지역인가요?').locator('.thread-quote')).toHaveText('지역 사업을 늘린다');
  await expect(editorRoot(page).locator('.comment-anchor')).toHaveText(['예산을 확정했다', '지역 사업을 늘린다']);
  // A comment alone is a change to the file.
  await expect(page.locator('.app')).toHaveAttribute('data-dirty', 'true');
  await host.sendCommand({ name: 'save' });
  await expect(page.locator('.app')).toHaveAttribute('data-dirty', 'false');

  // The author opens the file again: the threads come back with their anchors.
  await host.sendCommand({ name: 'new' });
  await expect(panel(page).locator('.thread')).toHaveCount(0);
  await host.answerOpenDialog(path);
  await page.locator('[data-action="open"]').click();
  await expect(thread(page, '금액을 밝혀 주세요').locator('.thread-quote')).toHaveText('예산을 확정했다');
  await signAs(page, '이주무관');

  // Only one's own entries can be edited: the reviewer's comment offers no Edit to the author.
  const budget = thread(page, '금액을 밝혀 주세요');
  await budget.click();
  await expect(budget.locator('.entry-own')).toHaveCount(0);
  await budget.getByRole('textbox').fill('12조 원입니다');
  await budget.getByRole('textbox').press('Control+Enter');
  await expect(budget.locator('.entry-author')).toHaveText(['김과장', '이주무관']);
  await budget.locator('.entry-own').getByRole('button', { name: 'Edit' }).click();
  await budget.locator('.thread-entry').nth(1).getByRole('textbox').fill('12조 3천억 원입니다');
  await budget.locator('.thread-entry').nth(1).getByRole('textbox').press('Control+Enter');
  await expect(budget.locator('.entry-text').nth(1)).toHaveText('12조 3천억 원입니다');
  await budget.getByRole('button', { name: 'Resolve' }).click();

  // Resolved threads leave the "open" filter and come back under "all".
  await editorRoot(page).locator('[data-type="title"]').click();
  await expect(thread(page, '금액을 밝혀 주세요')).toHaveCount(0);
  await panel(page).locator('[data-action="comment-filter"]').selectOption('all');
  await expect(thread(page, '금액을 밝혀 주세요')).toHaveAttribute('data-resolved', 'true');

  // Deleting the commented block's text keeps its thread, marked "text removed".
  await editorRoot(page).locator('[data-type="line"]').nth(1).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Backspace');
  await expect(thread(page, '어느 지역인가요?')).toHaveAttribute('data-removed', 'true');
  await expect(thread(page, '어느 지역인가요?')).toContainText('Text removed');
  // It has no text to sit beside: it is listed apart.
  await expect(panel(page).locator('.threads-removed > summary')).toHaveText('Text removed (1)');
  await expect(panel(page).locator('.threads-removed .thread')).toHaveCount(1);
  await host.sendCommand({ name: 'save' });
  await expect(page.locator('.app')).toHaveAttribute('data-dirty', 'false');

  const saved = JSON.parse(await readFile(path, 'utf8')) as { comments: { entries: { author: string; text: string }[] }[] };
  expect(saved.comments.map((c) => c.entries.map((e) => `${e.author}: ${e.text}`))).toEqual([
    ['김과장: 금액을 밝혀 주세요', '이주무관: 12조 3천억 원입니다'],
    ['김과장: 어느 지역인가요?'],
  ]);

  // The review report lists both threads with quotes and replies.
  const report = join(host.folder, 'report.txt');
  await host.answerSaveDialog(report);
  await panel(page).locator('[data-action="export-report"]').selectOption('txt');
  await expect.poll(() => readFile(report, 'utf8').catch(() => '')).toContain('12조 3천억 원입니다');
  const reportText = await readFile(report, 'utf8');
  expect(reportText).toContain('“예산을 확정했다”');
  expect(reportText).toContain('[본문에서 삭제된 부분]');
  expect(reportText).toContain('김과장 (');

  // Exports carry the release only: no comment text in any format.
  for (const format of ['txt', 'html', 'json'] as const) {
    const out = join(host.folder, `release.${format}`);
    await host.answerSaveDialog(out);
    await page.locator('[data-action="export"]').selectOption(format);
    await expect.poll(() => readFile(out, 'utf8').catch(() => '')).toContain('예산을 확정했다');
    const text = await readFile(out, 'utf8');
    expect(text).not.toContain('금액을 밝혀');
    expect(text).not.toContain('12조');
    expect(text).not.toContain('comment');
  }
});

test('versions compare inline, and Final locks the page until it is reopened', async ({ page, host }) => {
  await host.sendCommand({ name: 'new', template: 'ko-gaejo' });
  await signAs(page, '이주무관');
  await writeDraft(page);

  await panel(page).locator('[data-tab="versions"]').click();
  await panel(page).getByRole('textbox', { name: 'Version name' }).fill('1차 초안');
  await panel(page).locator('[data-action="save-version"]').click();
  await expect(panel(page).locator('.version-list li')).toContainText(['1차 초안']);

  await editorRoot(page).getByText('정부는 내년 예산을 확정했다').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' 총 12조 원');
  await editorRoot(page).getByText('지역 사업을 늘린다').click();
  await page.keyboard.press('Shift+Tab');
  await panel(page).locator('[data-action="compare"]').click();
  const changes = panel(page).getByTestId('changes');
  await expect(changes.locator('ins')).toHaveText(['총 12조 원']);
  await expect(changes.locator('[data-status="changed"]').filter({ hasText: '지역 사업을 늘린다' })).toContainText('Level 2 → 1');

  // Status: Draft → In review → Approved → Final, each recorded; Final makes the page read-only.
  for (const status of ['inReview', 'approved', 'final']) await panel(page).locator(`[data-status-to="${status}"]`).click();
  await expect(panel(page).getByTestId('review-status')).toHaveText('Final');
  await expect(editorRoot(page)).toHaveAttribute('contenteditable', 'false');
  await panel(page).locator('[data-status-to="inReview"]').click();
  await expect(editorRoot(page)).toHaveAttribute('contenteditable', 'true');
  await panel(page).getByRole('button', { name: 'History' }).click();
  await expect(panel(page).getByTestId('status-history').locator('li')).toHaveText([
    /^In review — 이주무관/,
    /^Approved — 이주무관/,
    /^Final — 이주무관/,
    /^Reopened \(In review\) — 이주무관/,
  ]);

  const path = join(host.folder, 'versions.bodo');
  await saveAs(page, host, path);
  const saved = JSON.parse(await readFile(path, 'utf8')) as { versions: { name: string; author: string }[]; statusHistory: { status: string }[] };
  expect(saved.versions.map((v) => `${v.name} ${v.author}`)).toEqual(['1차 초안 이주무관']);
  expect(saved.statusHistory.map((s) => s.status)).toEqual(['inReview', 'approved', 'final', 'inReview']);

  // Viewing is read-only but still takes comments.
  await panel(page).locator('[data-mode="viewing"]').click();
  await expect(editorRoot(page)).toHaveAttribute('contenteditable', 'false');
  await panel(page).locator('[data-tab="comments"]').click();
  await comment(page, '지역 사업을', '보기 모드에서 단 의견');
});

/** How far (px) the card of `commentText` starts from its text; Infinity while it is not drawn. */
/** A release long enough to scroll: sixty □ blocks (문단 1호 … 문단 60호) pasted into the body. */
async function pasteSixtyBlocks(page: Page) {
  await editorRoot(page).locator('[data-type="line"]').first().click();
  const blocks = Array.from({ length: 60 }, (_, i) => `□ 문단 ${i + 1}호: 지역 사업을 늘린다`).join('\n');
  await editorRoot(page).evaluate((root, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, blocks);
  await expect(editorRoot(page).getByText('문단 60호')).toHaveCount(1);
}

async function cardOffset(page: Page, commentText: string): Promise<number> {
  const boxes = await cardAndText(page, commentText);
  return boxes ? Math.abs(boxes.card.top - boxes.text.top) : Infinity;
}

/** True when the card of `commentText` is drawn and shows inside the card region. */
async function cardInSight(page: Page, commentText: string): Promise<boolean> {
  const boxes = await cardAndText(page, commentText);
  return boxes !== null && boxes.card.bottom > boxes.region.top && boxes.card.top < boxes.region.bottom;
}

test('comment cards sit level with their text, move with the page, and never overlap', async ({ page, host }) => {
  await host.sendCommand({ name: 'new', template: 'ko-gaejo' });
  await signAs(page, '김과장');
  await page.locator('[data-type="title"]').click();
  await page.keyboard.type('지역 사업 확대');
  await pasteSixtyBlocks(page);
  const scroller = page.locator('.page-scroller');

  await comment(page, '문단 3호', '근거는?');
  await comment(page, '문단 55호', '예산은?');
  // No thread active: the cursor in uncommented text, the page back at the top.
  await editorRoot(page).getByText('문단 1호').click();
  await scroller.evaluate((element) => element.scrollTo(0, 0));
  await expect.poll(() => cardOffset(page, '근거는?')).toBeLessThanOrEqual(3);
  expect(await cardInSight(page, '근거는?')).toBe(true);
  expect(await cardInSight(page, '예산은?')).toBe(false);

  // Scrolling the page brings the far card level with its text; the near one leaves with its own.
  await editorRoot(page).getByText('문단 55호').evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await expect.poll(() => cardOffset(page, '예산은?')).toBeLessThanOrEqual(3);
  await expect.poll(() => cardInSight(page, '예산은?')).toBe(true);
  await expect.poll(() => cardInSight(page, '근거는?')).toBe(false);

  // A wheel turn over the cards scrolls the page, and the card keeps level with its text.
  const before = await scroller.evaluate((element) => element.scrollTop);
  const region = (await panel(page).locator('.thread-margin').boundingBox())!;
  await page.mouse.move(region.x + region.width / 2, region.y + region.height / 2);
  await page.mouse.wheel(0, -120);
  await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBeLessThan(before - 60);
  await expect.poll(() => cardOffset(page, '예산은?')).toBeLessThanOrEqual(3);

  // Comments on two adjacent lines: the active one (just written) is level, the other gives way above it.
  await comment(page, '문단 20호', '대상은?');
  await comment(page, '문단 21호', '일정은?');
  const overlap = async () => {
    const upper = (await cardAndText(page, '대상은?'))!;
    const lower = (await cardAndText(page, '일정은?'))!;
    return upper.card.bottom - lower.card.top;
  };
  await expect.poll(() => cardOffset(page, '일정은?')).toBeLessThanOrEqual(3);
  expect(await overlap()).toBeLessThanOrEqual(0);
  // With neither active, the first is level and the second stacks below it.
  await editorRoot(page).getByText('문단 19호').click();
  await expect.poll(() => cardOffset(page, '대상은?')).toBeLessThanOrEqual(3);
  expect(await overlap()).toBeLessThanOrEqual(0);

  // Stepping to a thread scrolls the page so it and its card are in sight.
  await page.locator('[data-type="title"]').click();
  await page.keyboard.press('Control+Alt+p');
  await expect(thread(page, '예산은?')).toHaveAttribute('data-active', 'true');
  await expect.poll(() => cardOffset(page, '예산은?')).toBeLessThanOrEqual(3);
  const stepped = (await cardAndText(page, '예산은?'))!;
  expect(stepped.card.top).toBeGreaterThanOrEqual(stepped.region.top);
  expect(stepped.card.bottom).toBeLessThanOrEqual(stepped.region.bottom);
});

test('words typed in a comment or a reply are kept while the reviewer looks elsewhere', async ({ page, host }) => {
  await host.sendCommand({ name: 'new', template: 'ko-gaejo' });
  await signAs(page, '김과장');
  await pasteSixtyBlocks(page);

  // A reply half written, then the reviewer reads on far down the page and comes back.
  await comment(page, '문단 2호', '근거는?');
  const reply = thread(page, '근거는?').locator('textarea');
  await reply.fill('출처를 확인하는 중');
  await editorRoot(page).getByText('문단 58호').click();
  await expect(thread(page, '근거는?')).toHaveCount(0);
  await editorRoot(page).getByText('문단 2호').click();
  await expect(thread(page, '근거는?').locator('textarea')).toHaveValue('출처를 확인하는 중');

  // A new comment half written: going away and asking for another comment brings it back, words and all.
  await selectText(page, '문단 3호');
  await panel(page).locator('[data-action="add-comment"]').click();
  await panel(page).getByTestId('comment-draft').locator('textarea').fill('예산 규모는');
  await editorRoot(page).getByText('문단 59호').click();
  await selectText(page, '문단 59호');
  await panel(page).locator('[data-action="add-comment"]').click();
  const draft = panel(page).getByTestId('comment-draft');
  await expect(draft.locator('.thread-quote')).toHaveText('문단 3호');
  await expect(draft.locator('textarea')).toHaveValue('예산 규모는');
});
