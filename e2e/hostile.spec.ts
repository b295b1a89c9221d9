/**
 * Hostile content: HTML with scripts, event handlers, javascript: and data: URLs, frames, SVG
 * with script and CSS expressions, pasted into the editor or imported from a file, must arrive
 * as harmless content; and whatever text it leaves, exported to HTML and opened in Chromium,
 * must stay text. A tripwire (`__pwned`, dialogs, requests to evil.example) tells if anything ran.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { nodeHtmlEnv } from '../electron/cli/html-env';
import { releaseToHtml } from '../shared/export/html';
import { importHtml } from '../shared/import/html';
import { emptyRelease, type Release } from '../shared/release/model';
import { expect, test } from './support/fixtures';

/** Each payload names itself when it fires. */
const HOSTILE_HTML = `
<h1>국산 AI 반도체 실증 착수</h1>
<p>□ 정부는 실증 사업을 시작한다.</p>
<script>__pwned('script')</script>
<p>ㅇ 본문 <img src="x" onerror="__pwned('img-onerror')"> 계속</p>
<p><a href="javascript:__pwned('javascript-url')">자바스크립트 링크</a> <a href="data:text/html,<script>__pwned('data-url')</script>">데이터 링크</a></p>
<iframe src="data:text/html,<script>parent.__pwned('iframe')</script>"></iframe>
<iframe srcdoc="<script>parent.__pwned('srcdoc')</script>"></iframe>
<svg><script>__pwned('svg-script')</script><image href="x" onerror="__pwned('svg-image')"></image></svg>
<svg onload="__pwned('svg-onload')"><a href="javascript:__pwned('svg-link')"><text>그림</text></a></svg>
<div style="width: expression(__pwned('css-expression')); background-image: url(javascript:__pwned('css-url'))">ㅇ 스타일 문단</div>
<style>@import url(https://evil.example/import.css); body { background: url(https://evil.example/bg.png) }</style>
<link rel="stylesheet" href="https://evil.example/style.css">
<object data="data:text/html,<script>__pwned('object')</script>"></object>
<embed src="javascript:__pwned('embed')">
<form action="javascript:__pwned('form')"><button formaction="javascript:__pwned('formaction')">보내기</button></form>
<details open ontoggle="__pwned('ontoggle')"><summary>요약</summary>세부</details>
<math><mtext><table><mglyph><style><img src=x onerror="__pwned('mxss')"></style></mglyph></table></mtext></math>
<meta http-equiv="refresh" content="0;url=javascript:__pwned('meta-refresh')">
<base href="https://evil.example/">
<p>- 글자로 쓴 태그: &lt;script&gt;__pwned('escaped-script')&lt;/script&gt; &lt;img src=x onerror=__pwned('escaped-img')&gt;</p>
`;

/** Text a release may hold, aimed at every context of the exported page (element, attribute, title, URL). */
const HOSTILE_TEXT = [
  `</title><script>__pwned('title-breakout')</script>`,
  `"><img src=x onerror=__pwned('attribute-breakout')>`,
  `' onmouseover='__pwned('single-quote')' x='`,
  `javascript:__pwned('text-url')`,
  `https://example.kr/"onmouseover="__pwned('link-attribute')`,
  `</style><script>__pwned('style-breakout')</script>`,
  `<svg onload=__pwned('svg-text')>`,
];

type Tripwire = { fired: string[]; requests: string[] };

/** Record anything hostile that runs or reaches out from this page. */
async function tripwire(page: Page): Promise<Tripwire> {
  const wire: Tripwire = { fired: [], requests: [] };
  await page.exposeFunction('__pwned', (name: string) => wire.fired.push(String(name)));
  page.on('dialog', (dialog) => {
    wire.fired.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.route(/evil\.example/, (route) => {
    wire.requests.push(route.request().url());
    return route.abort();
  });
  return wire;
}

/** What in a live page could still run: scripts, frames, plugins, handlers, script URLs. */
function activeContentIn(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((root) => {
    const found: string[] = [];
    for (const element of document.querySelectorAll(`${root} *`)) {
      const tag = element.tagName.toLowerCase();
      if (['script', 'iframe', 'object', 'embed', 'frame', 'base', 'meta', 'link', 'form'].includes(tag)) found.push(`<${tag}>`);
      for (const { name, value } of element.attributes) {
        if (name.startsWith('on')) found.push(`${tag}[${name}]`);
        if (/^\s*(javascript|data|vbscript):/i.test(value) && ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'].includes(name))
          found.push(`${tag}[${name}=${value.slice(0, 30)}]`);
        if (name === 'style' && /expression|url\s*\(/i.test(value)) found.push(`${tag}[style]`);
      }
    }
    return found;
  }, selector);
}

/** Let load handlers, timers and toggles get their chance to fire before the verdict. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 250)));
}

async function openExport(context: BrowserContext, html: string): Promise<{ page: Page; wire: Tripwire }> {
  const page = await context.newPage();
  const wire = await tripwire(page);
  await page.setContent(html, { waitUntil: 'load' });
  // Hover and click everything once: handlers that wait for a user must find nothing either.
  for (const element of await page.locator('body *').all()) {
    await element.hover({ force: true, timeout: 1000 }).catch(() => undefined);
  }
  await settle(page);
  return { page, wire };
}

test('hostile HTML pasted into the editor arrives as plain content, and nothing runs', async ({ page, host }) => {
  const wire = await tripwire(page);
  await page.locator('[contenteditable="true"]').first().click();
  await page.evaluate((html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', '붙여넣기');
    document.querySelector('.ProseMirror')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, HOSTILE_HTML);
  await expect(page.locator('.ProseMirror')).toContainText('정부는 실증 사업을 시작한다');
  await settle(page);

  expect(await activeContentIn(page, '.ProseMirror')).toEqual([]);
  expect(wire.fired).toEqual([]);
  expect(wire.requests).toEqual([]);
  // The text that only looked like markup is kept, as text.
  await expect(page.locator('.ProseMirror')).toContainText("<script>__pwned('escaped-script')</script>");

  // What is saved holds no markup either: only the schema's own nodes and marks.
  const saved = `${host.folder}/pasted.bodo`;
  await host.answerSaveDialog(saved);
  await page.locator('[data-action="save"]').click();
  await expect(page.locator('.app')).toHaveAttribute('data-dirty', 'false');
  const file = await readFile(saved, 'utf8');
  expect(file).toContain('정부는 실증 사업을 시작한다');
  expect(file).not.toMatch(/"(href|src)":\s*"\s*(javascript|data):/i);
  expect(file).not.toMatch(/"type":\s*"(script|iframe|image|svg|html)"/);
});

test.describe('exports of hostile content', () => {
  test.beforeEach(({ hostKind }) => {
    // These open an exported file in a browser page: the Chromium project covers them for both hosts.
    test.skip(hostKind === 'electron', 'The exported file is opened in Chromium by the chromium project.');
  });

  test('the tripwire catches the payloads when nothing cleans them (the check can fail)', async ({ context }) => {
    // Only the payloads the assertion names: the plugin and frame payloads can crash a headless renderer outright.
    const control = HOSTILE_HTML.split('\n')
      .filter((line) => /__pwned\('(script|img-onerror|svg-onload|ontoggle)'\)/.test(line))
      .join('\n');
    const { wire } = await openExport(context, `<!DOCTYPE html><html><body>${control}</body></html>`);
    // The exposed function reports asynchronously, and a busy machine can be slow to deliver: wait for the reports.
    await expect
      .poll(() => wire.fired, { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['script', 'img-onerror', 'svg-onload', 'ontoggle']));
  });

  test('HTML imported from a hostile page is sanitized, and its export stays inert in Chromium', async ({ context }) => {
    const { release } = importHtml(HOSTILE_HTML, nodeHtmlEnv());
    const imported = JSON.stringify(release);
    expect(imported).toContain('정부는 실증 사업을 시작한다');
    // No payload that needs markup to fire survived as markup: only the ones written as text remain.
    const fired = [...imported.matchAll(/__pwned\('([^']+)'\)/g)].map((match) => match[1]);
    expect(new Set(fired)).toEqual(new Set(['escaped-script', 'escaped-img']));

    const { page, wire } = await openExport(context, releaseToHtml(release));
    expect(await activeContentIn(page, 'body')).toEqual([]);
    expect(wire.fired).toEqual([]);
    expect(wire.requests).toEqual([]);
    await expect(page.locator('article')).toContainText("<script>__pwned('escaped-script')</script>");
  });

  test('hostile text in every field of a release is exported as text', async ({ context }) => {
    const release = hostileRelease();
    const { page, wire } = await openExport(context, releaseToHtml(release));
    expect(await activeContentIn(page, 'body')).toEqual([]);
    expect(wire.fired).toEqual([]);
    expect(wire.requests).toEqual([]);
    // Every payload is on the page as the words it was.
    for (const text of HOSTILE_TEXT.filter((t) => !t.startsWith('https:'))) await expect(page.locator('article')).toContainText(text);
    expect(await page.title()).toContain('</title>');
    // Only http(s) text becomes a link, and its address cannot grow an attribute.
    const links = await page.locator('a').evaluateAll((anchors) => anchors.map((a) => [...a.attributes].map((x) => x.name)));
    for (const names of links) expect(names).toEqual(['href']);
  });
});

function hostileRelease(): Release {
  const release = emptyRelease('ko');
  const [first, second, third, fourth, fifth, sixth, seventh] = HOSTILE_TEXT as [string, string, string, string, string, string, string];
  release.title = first;
  release.subtitles = [second];
  release.agency = third;
  release.distributed = fourth;
  release.embargo = { text: fifth, immediate: false, online: second, print: third };
  release.body = [
    { type: 'item', level: 1, marker: '□', text: `${sixth} ${seventh}`, notes: [{ marker: '*', text: fifth }], children: [] },
    { type: 'paragraph', text: HOSTILE_TEXT.join(' '), notes: [], children: [] },
    { type: 'remark', text: first },
    { type: 'heading', text: second },
    { type: 'table', caption: third, rows: [[fourth, fifth], [sixth, seventh]] },
  ];
  release.contacts = [{ role: 'head', department: first, rank: second, name: third, phone: fourth }];
  return release;
}
