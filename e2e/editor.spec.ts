/**
 * Writing a release in the editor as a user does: Korean through an input method (composed
 * syllable by syllable, as the OS IME delivers it), English on the keyboard. The structure is
 * read back from the page (`data-type` / `data-level`) and from the saved `.bodo` file.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { EditorNodeJSON } from '../shared/document/envelope';
import { expect, test } from './support/fixtures';
import { composeKorean } from './support/ime';

const editorRoot = (page: Page) => page.locator('.ProseMirror');
const block = (page: Page, type: string) => editorRoot(page).locator(`[data-type="${type}"]`);

async function saveTo(page: Page, host: { answerSaveDialog(path: string): Promise<void> }, path: string) {
  await host.answerSaveDialog(path);
  await page.locator('[data-action="saveAs"]').click();
  await expect(page.locator('.app')).toHaveAttribute('data-dirty', 'false');
  return JSON.parse(await readFile(path, 'utf8')) as { content: EditorNodeJSON };
}

/** Node types and text of a saved document, in reading order, for structural assertions. */
function outlineOfSaved(node: EditorNodeJSON, out: string[] = []): string[] {
  const text = (n: EditorNodeJSON): string => (n.text ?? '') + (n.content ?? []).map(text).join('');
  if (node.type === 'item') out.push(`item${String(node.attrs?.level)}`);
  else if (node.content?.every((child) => child.type === 'text')) out.push(`${node.type}:${text(node)}`);
  for (const child of node.content ?? []) if (child.type !== 'text') outlineOfSaved(child, out);
  return out;
}

/** The line element of the block `type` that holds `text`. */
const blockHolding = (page: Page, type: string, text: string) =>
  editorRoot(page).locator(`[data-type="${type}"]`).filter({ has: page.locator(':scope > [data-type="line"]', { hasText: text }) });

test('a Korean release typed through the input method keeps every syllable and its structure', async ({ page, host }) => {
  await host.sendCommand({ name: 'new', template: 'ko-paragraph' });
  const cdp = await page.context().newCDPSession(page);

  await block(page, 'title').click();
  await composeKorean(cdp, '과기정통부, AI 반도체 실증 공모');
  await expect(block(page, 'title')).toHaveText('과기정통부, AI 반도체 실증 공모');

  // At the start of a block: a □ marker line, then a sentence composed syllable by syllable.
  await block(page, 'line').first().click();
  await page.keyboard.type('□ ');
  await composeKorean(cdp, '과기정통부는 국산 신경망처리장치를 실증한다');
  // Before Enter: the last syllable is committed, then Enter splits right after it.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await composeKorean(cdp, '과제당 최대 20억원을 지원한다');

  // Inside a note: the writer marks a term already written, and composes the note's text.
  const term = blockHolding(page, 'item', '신경망처리장치').locator(':scope > [data-type="line"]');
  await term.click();
  await page.keyboard.press('End');
  for (let i = 0; i < '를 실증한다'.length; i++) await page.keyboard.press('ArrowLeft');
  await page.locator('[data-action="note"]').click();
  await expect(block(page, 'note')).toHaveCount(1);
  await composeKorean(cdp, '인공지능 연산에 특화된 반도체');
  await expect(block(page, 'note')).toHaveText('인공지능 연산에 특화된 반도체');

  const level1 = blockHolding(page, 'item', '를 실증한다');
  await expect(level1).toHaveAttribute('data-level', '1');
  await expect(level1.locator(':scope > [data-type="line"]')).toHaveText('과기정통부는 국산 신경망처리장치를 실증한다');
  await expect(blockHolding(page, 'item', '과제당 최대 20억원을 지원한다')).toHaveAttribute('data-level', '2');

  const saved = await saveTo(page, host, join(host.folder, '한글.bodo'));
  const structure = outlineOfSaved(saved.content);
  expect(structure).toContain('title:과기정통부, AI 반도체 실증 공모');
  expect(structure).toContain('note:인공지능 연산에 특화된 반도체');
  expect(structure.indexOf('item2')).toBeGreaterThan(structure.indexOf('item1'));
  expect(structure).toContain('line:과제당 최대 20억원을 지원한다');
  expect(JSON.stringify(saved.content)).toContain('"type":"noteRef"');
});

test('a marker input rule waits for the composed syllable to finish', async ({ page, host }) => {
  await host.sendCommand({ name: 'new', template: 'ko-paragraph' });
  const cdp = await page.context().newCDPSession(page);
  const firstLine = block(page, 'line').first();
  await firstLine.click();

  // ㅇ is the level-2 marker, but here it only starts the syllable 온: no rule may fire.
  await composeKorean(cdp, '온라인');
  await expect(firstLine).toHaveText('온라인');
  await expect(blockHolding(page, 'paragraph', '온라인')).toHaveCount(1);
  await expect(blockHolding(page, 'item', '온라인')).toHaveCount(0);

  // A committed ㅇ followed by a space is the marker, and turns the new block into an item.
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('□ ');
  await composeKorean(cdp, '지원');
  await page.keyboard.press('Enter');
  await composeKorean(cdp, 'ㅇ');
  await page.keyboard.type(' ');
  await composeKorean(cdp, '세부 내용');
  await expect(blockHolding(page, 'item', '세부 내용')).toHaveAttribute('data-level', '2');
  await expect(blockHolding(page, 'item', '지원')).toHaveAttribute('data-level', '1');
});

test('an English release typed on the keyboard gets its levels, notes and remarks', async ({ page, host }) => {
  await host.sendCommand({ name: 'new', template: 'en' });
  await block(page, 'title').click();
  await page.keyboard.type('MSIT enhances science and ICT diplomacy with Belarus');

  await block(page, 'line').first().click();
  await page.keyboard.type('□ The MSIT held the 3rd Joint Committee Meeting in Minsk.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Belarus is a key member of the EAEU');
  await page.locator('[data-action="note"]').click();
  await page.keyboard.type('The Eurasian Economic Union');
  await blockHolding(page, 'item', 'key member').locator('[data-type="line"]').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Details follow in the annex.');
  await page.keyboard.press('Enter');
  await page.locator('[data-action="remark"]').click();
  await page.keyboard.type('See the attached plan');

  await expect(blockHolding(page, 'item', 'Joint Committee')).toHaveAttribute('data-level', '1');
  await expect(blockHolding(page, 'item', 'key member')).toHaveAttribute('data-level', '2');
  await expect(blockHolding(page, 'item', 'Details follow')).toHaveAttribute('data-level', '3');
  await expect(block(page, 'note')).toHaveText('The Eurasian Economic Union');
  await expect(block(page, 'remark')).toHaveText('See the attached plan');
  await expect(page.locator('[data-action="remark"]')).toHaveAttribute('aria-pressed', 'true');

  const saved = await saveTo(page, host, join(host.folder, 'english.bodo'));
  expect(outlineOfSaved(saved.content)).toEqual(
    expect.arrayContaining(['item1', 'item2', 'item3', 'note:The Eurasian Economic Union', 'remark:See the attached plan']),
  );
});

test('a block just made takes the keys typed right after it, before the next frame', async ({ page, host }) => {
  await host.sendCommand({ name: 'new', template: 'en' });
  await block(page, 'line').first().click();
  await page.keyboard.type('□ The first point');
  // Enter makes a new item: it must be laid out at once (off-screen blocks skip layout until a
  // frame finds them on screen), or Chromium puts a key typed now into the block after it.
  const laidOutAtOnce = await page.evaluate(() => {
    document.querySelector('.ProseMirror')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    const { anchorNode } = document.getSelection()!;
    const element = anchorNode instanceof Element ? anchorNode : anchorNode!.parentElement!;
    return element.checkVisibility({ contentVisibilityAuto: true });
  });
  expect(laidOutAtOnce).toBe(true);
  await page.keyboard.type('The second point');
  await expect(blockHolding(page, 'item', 'The second point')).toHaveAttribute('data-level', '1');
});

test('a typed release exports as DOCX-ready text with its markers and levels', async ({ page, host }) => {
  await host.sendCommand({ name: 'new', template: 'en' });
  await block(page, 'title').click();
  await page.keyboard.type('AI chip pilot call opens');
  await block(page, 'line').first().click();
  await page.keyboard.type('□ MSIT opens the call on 4 December.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Up to 2 billion won per project.');

  const path = join(host.folder, 'call.txt');
  await host.answerSaveDialog(path);
  await page.locator('[data-action="export"]').selectOption('txt');
  await expect.poll(() => readFile(path, 'utf8').catch(() => '')).toContain('AI chip pilot call opens');
  const lines = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '').split('\n');
  expect(lines).toContain('□ MSIT opens the call on 4 December.');
  expect(lines).toContain(' ㅇ Up to 2 billion won per project.');
});

test('the outline, the block menu and the status bar follow the document', async ({ page, host }) => {
  await host.sendCommand({ name: 'new', template: 'ko-gaejo' });
  const outline = page.getByRole('navigation');
  await block(page, 'title').click();
  await page.keyboard.type('AI chips');
  await block(page, 'line').nth(0).click();
  await page.keyboard.type('First point');
  await block(page, 'line').nth(1).click();
  await page.keyboard.type('Evidence');
  await block(page, 'line').nth(2).click();
  await page.keyboard.type('Schedule');

  // The block menu (no slash typed) turns the second □ into a section heading.
  await page.getByTestId('block-handle').click();
  await page.locator('.block-menu-list [data-action="heading"]').click();
  await expect(block(page, 'heading')).toHaveText('Schedule');

  // Title, level-1 blocks and headings; never the ㅇ evidence below a □.
  await expect(outline.getByRole('button')).toHaveText(['AI chips', 'First point', 'Schedule']);
  await expect(page.getByTestId('count-characters')).toContainText(String('AI chips'.length + 'First point'.length + 'Evidence'.length + 'Schedule'.length));

  // A click in the outline puts the cursor in that block.
  await outline.getByRole('button', { name: 'First point' }).click();
  await page.keyboard.type('» ');
  await expect(blockHolding(page, 'item', 'First point').locator(':scope > [data-type="line"]')).toHaveText('» First point');
});

test('after a crash the unsaved document is offered back, unsaved', async ({ page, host }) => {
  await block(page, 'title').click();
  await page.keyboard.type('Not saved before the crash');
  await expect(page.locator('.app')).toHaveAttribute('data-dirty', 'true');
  // Journaled within the autosave interval the host asks for.
  await expect.poll(() => readdir(join(host.folder, 'recovery')).catch(() => []), { timeout: 10_000 }).toHaveLength(1);

  const restarted = await host.crashAndRestart();
  const recovery = restarted.getByTestId('recovery');
  await expect(recovery).toContainText('Not saved before the crash');
  await recovery.locator('[data-action="restore"]').click();
  await expect(block(restarted, 'title')).toHaveText('Not saved before the crash');
  await expect(restarted.locator('.app')).toHaveAttribute('data-dirty', 'true');
  await expect(recovery).toHaveCount(0);
});

test('saving over a file another program changed asks first', async ({ page, host }) => {
  const path = join(host.folder, 'shared.bodo');
  await block(page, 'title').click();
  await page.keyboard.type('Our version');
  await saveTo(page, host, path);
  const theirs = (await readFile(path, 'utf8')).replace('Our version', 'Their version');
  await writeFile(path, theirs);

  await block(page, 'title').click();
  await page.keyboard.press('End');
  await page.keyboard.type(', edited');
  await page.locator('[data-action="save"]').click();
  const dialog = page.getByTestId('choice-dialog');
  await expect(dialog).toContainText('shared.bodo');
  await dialog.locator('[data-choice="cancel"]').click();
  expect(await readFile(path, 'utf8')).toBe(theirs);
  await expect(page.locator('.app')).toHaveAttribute('data-dirty', 'true');

  await page.locator('[data-action="save"]').click();
  await dialog.locator('[data-choice="replace"]').click();
  await expect(page.locator('.app')).toHaveAttribute('data-dirty', 'false');
  expect(await readFile(path, 'utf8')).toContain('Our version, edited');
});

test('a syllable composed right after a note mark stays whole', async ({ page, host }) => {
  await host.sendCommand({ name: 'new', template: 'ko-paragraph' });
  const cdp = await page.context().newCDPSession(page);
  const line = block(page, 'line').first();
  await line.click();
  await composeKorean(cdp, '신경망처리장치 도입');
  for (let i = 0; i < ' 도입'.length; i++) await page.keyboard.press('ArrowLeft');
  await page.locator('[data-action="note"]').click();
  await composeKorean(cdp, '인공지능 연산용 반도체');

  // Straight after the mark, with text following it …
  await line.click();
  await page.keyboard.press('End');
  for (let i = 0; i < ' 도입'.length; i++) await page.keyboard.press('ArrowLeft');
  await composeKorean(cdp, '를');
  // … and at the end of the line, after a second mark.
  await page.keyboard.press('End');
  await page.locator('[data-action="note"]').click();
  await composeKorean(cdp, '두 번째 설명');
  await line.click();
  await page.keyboard.press('End');
  await composeKorean(cdp, '한다');

  // The marks draw their asterisks with CSS; their DOM holds only a zero-width space.
  const visibleText = async () => (await line.textContent())?.replaceAll('\u200b', '');
  await expect.poll(visibleText).toBe('신경망처리장치를 도입한다');
  await expect(block(page, 'note')).toHaveText(['인공지능 연산용 반도체', '두 번째 설명']);
});

test('in a plain browser the page edits in memory and says why files are off', async ({ browser, appUrl, hostKind }) => {
  test.skip(hostKind === 'electron', 'The in-memory host is the browser build’s; Electron always has its own host.');
  const page = await browser.newPage();
  await page.goto(appUrl);
  // First run in this browser: the start page, as in the desktop app; once only.
  await page.locator('[data-welcome="close"]').click();
  await page.reload();
  await expect(page.locator('.app')).toBeVisible();
  await expect(page.getByTestId('welcome')).toHaveCount(0);
  await expect(page.getByTestId('no-files-note')).toBeVisible();
  for (const action of ['open', 'save', 'saveAs', 'export']) await expect(page.locator(`[data-action="${action}"]`)).toBeDisabled();

  await expect(page).toHaveTitle(/^[^•].* — Bodo$/);
  await block(page, 'title').click();
  await page.keyboard.type('Draft');
  await expect(page).toHaveTitle(/^• .* — Bodo$/);
  await expect(page.locator('.app')).toHaveAttribute('data-dirty', 'true');
  // Ctrl/Cmd+S has nowhere to save to: it says so instead of failing silently.
  await page.keyboard.press('ControlOrMeta+s');
  await expect(page.getByRole('alert')).toContainText(await page.getByTestId('no-files-note').innerText());
  await page.close();
});

test('the toolbar inserts a table, 참고 and 붙임 pages and contact rows', async ({ page, host }) => {
  await host.sendCommand({ name: 'new', template: 'ko-gaejo' });
  await block(page, 'line').first().click();
  await page.locator('[data-action="table"]').click();
  await expect(block(page, 'table')).toHaveCount(1);

  await page.locator('[data-action="reference"]').click();
  await page.keyboard.type('사업 개요');
  await page.locator('[data-action="appendix"]').click();
  await page.keyboard.type('공고문');
  await expect(editorRoot(page).locator('[data-type="attachment"][data-kind="reference"]')).toHaveCount(1);
  await expect(editorRoot(page).locator('[data-type="attachment"][data-kind="annex"]')).toHaveCount(1);
  await expect(page.getByRole('navigation').getByRole('button', { name: '참고 1 사업 개요' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('button', { name: '붙임 1 공고문' })).toBeVisible();

  const contacts = block(page, 'contact');
  const before = await contacts.count();
  await contacts.last().click();
  await page.keyboard.type('주무관 최지은 (044-202-6002)');
  await page.locator('[data-action="contact"]').click();
  await expect(contacts).toHaveCount(before + 1);
});
