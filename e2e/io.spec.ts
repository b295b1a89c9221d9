/**
 * Import and export as a press officer meets them: File ▸ Export writes every format (the
 * same bytes the exporters give for the document, and the document stays clean), the HTML
 * preview and the clipboard copies, File ▸ Import… and a dropped file open as new untitled
 * documents with a summary, and pasting text or HTML goes through the importer.
 */
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020';
import { HtmlValidate } from 'html-validate';
import { editorFromRelease, releaseFromEditor } from '../shared/document/convert';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, type BodoDocument } from '../shared/document/envelope';
import { releaseToDocx } from '../shared/export/docx';
import schema from '../shared/export/release.schema.json';
import { releaseToText } from '../shared/export/text';
import { nodeHtmlEnv } from '../electron/cli/html-env';
import { importDocx } from '../shared/import/docx';
import { importText } from '../shared/import/text';
import { releaseSchema, type Release } from '../shared/release/model';
import { expect, test, type TestHost } from './support/fixtures';

const FIXTURES = join(__dirname, '..', 'shared', 'fixtures', 'releases');
const fixtureText = (name: string) => readFile(join(FIXTURES, name), 'utf8');
const sampleRelease = async (): Promise<Release> => releaseSchema.parse(JSON.parse(await fixtureText('ko-sample-ai-chips.expected.json')));

const editorRoot = (page: Page) => page.locator('.ProseMirror');
const part = (page: Page, type: string) => editorRoot(page).locator(`[data-type="${type}"]`);
const appRoot = (page: Page) => page.locator('.app');

/** A saved .bodo file holding the release, opened through File ▸ Open. */
async function openRelease(page: Page, host: TestHost, release: Release): Promise<BodoDocument> {
  const document: BodoDocument = {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    meta: { language: release.language, created: '2026-04-13T09:00:00+09:00', modified: '2026-04-13T09:00:00+09:00' },
    content: editorFromRelease(release),
    comments: [],
    versions: [],
  };
  const path = join(host.folder, 'sample.bodo');
  await writeFile(path, JSON.stringify(document));
  await host.answerOpenDialog(path);
  await host.sendCommand({ name: 'open' });
  await expect(page.getByTestId('document-name')).toHaveText('sample.bodo');
  return document;
}

/** Export through the menu command and return the written file once it is there. */
async function exportThroughMenu(page: Page, host: TestHost, format: 'txt' | 'json' | 'html' | 'docx' | 'pdf'): Promise<Buffer> {
  const path = join(host.folder, `export.${format}`);
  await host.answerSaveDialog(path);
  await host.sendCommand({ name: 'export', format });
  await expect(page.getByTestId('io-confirmation')).toContainText(`export.${format}`);
  return readFile(path);
}

/** The PDF's text through poppler's pdftotext, or null where it is not installed. */
function textOfPdf(pdf: Buffer): string | null {
  const run = spawnSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' });
  return run.error || run.status !== 0 ? null : run.stdout;
}

/** Both flavours on the clipboard; null while a write is still landing. */
function clipboardOf(page: Page): Promise<{ text: string | null; html: string | null } | null> {
  return page.evaluate(async () => {
    try {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) => (item?.types.includes(type) ? (await item.getType(type)).text() : null);
      return { text: await read('text/plain'), html: await read('text/html') };
    } catch {
      return null;
    }
  });
}

async function paste(page: Page, flavours: Record<string, string>): Promise<void> {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(data)) transfer.setData(type, value);
    document.querySelector('.ProseMirror')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, flavours);
}

test.describe('export', () => {
  test('every format through File ▸ Export writes what the exporters give, and the document stays clean', async ({ page, host, context }, testInfo) => {
    const document = await openRelease(page, host, await sampleRelease());
    const release = releaseFromEditor(document.content);

    const text = await exportThroughMenu(page, host, 'txt');
    expect(text.toString('utf8')).toBe(releaseToText(release, { bom: true }));

    const json = JSON.parse((await exportThroughMenu(page, host, 'json')).toString('utf8')) as unknown;
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json).toEqual(release);

    const html = (await exportThroughMenu(page, host, 'html')).toString('utf8');
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html);
    expect(report.valid, JSON.stringify(report.results.flatMap((r) => r.messages.map((m) => m.message)))).toBe(true);
    const viewer = await context.newPage();
    await viewer.setContent(html);
    await expect(viewer.locator('body')).toContainText(release.title.split('\n')[0]!);
    // Kept with the test results, so a reviewer can see what the exported page looks like.
    await viewer.screenshot({ path: testInfo.outputPath('html-export.png'), fullPage: true });
    await viewer.close();

    const docx = await exportThroughMenu(page, host, 'docx');
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docx.toString('latin1')).toContain('word/document.xml');

    // PDF: the HTML export printed by the browser engine (here Chromium's own page.pdf()).
    const pdf = await exportThroughMenu(page, host, 'pdf');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThan(0);
    const pdfText = textOfPdf(pdf);
    if (pdfText !== null) expect(pdfText.replace(/\s+/g, ' ')).toContain(release.title.split('\n')[0]!);

    await expect(appRoot(page)).toHaveAttribute('data-dirty', 'false');
  });

  test('the HTML preview shows the export in a sandboxed frame, and Export writes it', async ({ page, host }) => {
    const release = await sampleRelease();
    await openRelease(page, host, release);
    await page.locator('[data-action="preview-html"]').click();
    const frame = page.getByTestId('html-preview-frame');
    // Nothing in the frame may run: no scripts, forms, pop-ups or navigation.
    await expect(frame).toHaveAttribute('sandbox', 'allow-same-origin');
    expect(await frame.getAttribute('srcdoc')).toContain('data-format="bodo.release"');
    const title = page.frameLocator('[data-testid="html-preview-frame"]').locator('h1[data-field="title"]');
    await expect(title).toContainText(release.title.split('\n')[0]!);
    // The export's own styles apply, although the app's policy refuses inline <style>.
    await expect(title).toHaveCSS('text-align', 'center');

    const path = join(host.folder, 'preview.html');
    await host.answerSaveDialog(path);
    await page.getByTestId('html-preview').locator('[data-choice="export"]').click();
    await expect(page.getByTestId('html-preview')).toHaveCount(0);
    await expect.poll(() => readFile(path, 'utf8').catch(() => '')).toContain('data-format="bodo.release"');
    await expect(appRoot(page)).toHaveAttribute('data-dirty', 'false');
  });

  test('copy as text puts the DOCX-ready text and an HTML flavour on the clipboard', async ({ page, host, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const document = await openRelease(page, host, await sampleRelease());
    const release = releaseFromEditor(document.content);

    await page.locator('[data-action="copy-text"]').click();
    await expect.poll(() => clipboardOf(page).then((copied) => copied?.text)).toBe(releaseToText(release));
    expect((await clipboardOf(page))?.html).toContain(release.title.split('\n')[0]!);

    // From the menu (no click in the page): the HTML export, with the same text as plain text.
    await host.sendCommand({ name: 'copyAs', format: 'html' });
    await expect.poll(() => clipboardOf(page).then((copied) => copied?.html)).toContain('data-format="bodo.release"');
    expect((await clipboardOf(page))?.text).toBe(releaseToText(release));
    await expect(appRoot(page)).toHaveAttribute('data-dirty', 'false');
  });
});

test.describe('import', () => {
  test('a .txt through File ▸ Import… opens as a new untitled document with a summary', async ({ page, host }) => {
    const text = await fixtureText('msit-belarus-2019.txt');
    const expected = importText(text).release;
    const path = join(host.folder, 'belarus.txt');
    await writeFile(path, text);
    await host.answerOpenDialog(path);
    await host.sendCommand({ name: 'import' });

    await expect(part(page, 'title')).toHaveText(expected.title);
    await expect(part(page, 'subtitle')).toHaveCount(expected.subtitles.length);
    await expect(page.getByTestId('document-name')).not.toHaveText('belarus.txt');
    await expect(appRoot(page)).toHaveAttribute('data-dirty', 'true');
    const report = page.getByTestId('import-report');
    await expect(report).toContainText('belarus.txt');
    await expect(report.locator('[data-count="□"] dd')).toHaveText(String(expected.body.filter((b) => b.type === 'item' && b.level === 1).length));
    await report.locator('[data-action="dismiss-import-report"]').click();
    await expect(report).toHaveCount(0);
  });

  test('a .docx through the toolbar, after asking about the unsaved document', async ({ page, host }) => {
    const release = await sampleRelease();
    const path = join(host.folder, 'sample.docx');
    await writeFile(path, await releaseToDocx(release));
    await editorRoot(page).click();
    await page.keyboard.type('지금 쓰는 글');
    await expect(appRoot(page)).toHaveAttribute('data-dirty', 'true');

    // What the importer reads from this Word file, with the same DOM and sanitizer Node has.
    const expected = (await importDocx(await readFile(path), nodeHtmlEnv())).release;
    await host.answerOpenDialog(path);
    await page.locator('[data-action="import"]').click();
    await page.getByTestId('choice-dialog').locator('[data-choice="discard"]').click();
    await expect(part(page, 'title')).toHaveText(expected.title.replace('\n', ''));
    await expect(editorRoot(page)).toContainText(release.title.split('\n')[0]!);
    await expect(part(page, 'contact')).toHaveCount(expected.contacts.length);
    await expect(page.getByTestId('import-report')).toContainText('sample.docx');
  });

  test('a file dropped on the window is imported the same way', async ({ page }) => {
    const text = await fixtureText('msit-belarus-2019.txt');
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'dropped.txt', { type: 'text/plain' }));
      const target = document.querySelector('.ProseMirror')!;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, text);
    await expect(part(page, 'title')).toHaveText(importText(text).release.title);
    await expect(page.getByTestId('import-report')).toContainText('dropped.txt');
    // The file's name was not pasted into the old document as text.
    await expect(editorRoot(page)).not.toContainText('dropped.txt');
  });

  test('in a plain browser the page reads the file itself (its own file picker)', async ({ browser, appUrl, hostKind }) => {
    test.skip(hostKind === 'electron', 'The in-memory host is the browser build’s; Electron always has its own host.');
    const text = await fixtureText('msit-belarus-2019.txt');
    // Not the first run in this browser (that opens the start page): straight to the editor.
    const seen = { name: 'bodo.settings', value: JSON.stringify({ welcomeSeen: true }) };
    const page = await browser.newPage({ storageState: { cookies: [], origins: [{ origin: new URL(appUrl).origin, localStorage: [seen] }] } });
    await page.goto(appUrl);
    await expect(page.getByTestId('no-files-note')).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    await page.locator('[data-action="import"]').click();
    await (await chooser).setFiles({ name: 'belarus.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await expect(part(page, 'title')).toHaveText(importText(text).release.title);
    await expect(page.getByTestId('import-report')).toContainText('belarus.txt');
    await page.close();
  });

  test('a file no importer reads is refused by name and the document stays', async ({ page, host }) => {
    const path = join(host.folder, 'picture.png');
    await writeFile(path, Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await host.answerOpenDialog(path);
    await host.sendCommand({ name: 'import' });
    await expect(page.getByTestId('notice')).toContainText('picture.png');
    await expect(page.getByTestId('import-report')).toHaveCount(0);
  });
});

test.describe('paste', () => {
  test('the seed page pasted into an empty document becomes the structured release', async ({ page }) => {
    const pageText = await fixtureText('msit-belarus-2019.page.txt');
    const expected = importText(pageText).release;
    await part(page, 'title').click();
    await paste(page, { 'text/plain': pageText });

    await expect(part(page, 'title')).toHaveText(expected.title);
    await expect(part(page, 'subtitle')).toHaveCount(expected.subtitles.length);
    await expect(part(page, 'subtitle').first()).toHaveText(expected.subtitles[0]!);
    const items = expected.body.filter((block) => block.type === 'item');
    await expect(part(page, 'body').locator('> [data-type="item"]')).toHaveCount(items.length);
    // Navigation of the web page is left out; the body text is all there.
    await expect(editorRoot(page)).not.toContainText('Go to Content');
    await expect(editorRoot(page)).toContainText('Belarus is a key member of the EAEU');
    // One paste, one undo.
    await page.keyboard.press('ControlOrMeta+z');
    await expect(part(page, 'title')).toHaveText('');
  });

  test('lines pasted into a document with content become blocks after the cursor block; one line stays text', async ({ page }) => {
    await part(page, 'title').click();
    await page.keyboard.type('인공지능 반도체 실증 착수');
    const body = part(page, 'body');
    await body.locator('[data-type="line"]').first().click();
    await page.keyboard.type('첫 문단');

    // The new document's body: two empty □ items, each with an empty ㅇ under it.
    await paste(page, { 'text/plain': '□ 정부는 실증 사업을 시작한다.\n ㅇ 올해 30억원을 지원한다.\n □ 내년에 확대한다.' });
    await expect(part(page, 'title')).toHaveText('인공지능 반도체 실증 착수');
    const topItems = body.locator('> [data-type="item"]');
    const lineOf = (index: number) => topItems.nth(index).locator('> [data-type="line"]');
    await expect(topItems).toHaveCount(4);
    await expect(lineOf(0)).toHaveText('첫 문단');
    await expect(lineOf(1)).toHaveText('정부는 실증 사업을 시작한다.');
    await expect(topItems.nth(1).locator('> [data-type="item"]')).toHaveText('올해 30억원을 지원한다.');
    await expect(lineOf(2)).toHaveText('내년에 확대한다.');

    await paste(page, { 'text/plain': '한 줄만' });
    await expect(lineOf(2)).toHaveText('내년에 확대한다.한 줄만');
    await expect(topItems).toHaveCount(4);
  });

  test('HTML from outside is imported; a copy inside Bodo pastes back with its structure', async ({ page }) => {
    await part(page, 'title').click();
    await page.keyboard.type('제목');
    await part(page, 'body').locator('[data-type="line"]').first().click();
    await paste(page, { 'text/html': '<p>□ 정부는 실증 사업을 시작한다.</p><p>ㅇ 올해 지원한다.</p><nav>홈 &gt; 보도자료</nav>', 'text/plain': 'x' });
    const body = part(page, 'body');
    const level1Lines = body.locator('> [data-type="item"] > [data-type="line"]');
    const level2Lines = body.locator('> [data-type="item"] > [data-type="item"] > [data-type="line"]');
    // Pasted into the empty first □ of the new document, which it replaces.
    await expect(level1Lines.first()).toHaveText('정부는 실증 사업을 시작한다.');
    await expect(level2Lines.first()).toHaveText('올해 지원한다.');

    // Select the □ line and its ㅇ line as a user would, copy with ProseMirror's own handler, paste it back.
    await level1Lines.first().click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+End');
    // The editor takes the keyboard's selection from the browser's selectionchange: copy once it has.
    const copy = () =>
      page.evaluate(() => {
        const transfer = new DataTransfer();
        document.querySelector('.ProseMirror')!.dispatchEvent(new ClipboardEvent('copy', { clipboardData: transfer, bubbles: true, cancelable: true }));
        return { 'text/html': transfer.getData('text/html'), 'text/plain': transfer.getData('text/plain') };
      });
    await expect.poll(async () => (await copy())['text/plain']).toContain('올해 지원한다.');
    const copied = await copy();
    expect(copied['text/html']).toContain('data-pm-slice');
    await level1Lines.last().click();
    await paste(page, copied);
    await expect(level1Lines.filter({ hasText: '정부는 실증 사업을 시작한다.' })).toHaveCount(2);
    await expect(level2Lines.filter({ hasText: '올해 지원한다.' })).toHaveCount(2);
  });
});
