/**
 * Bundle: the renderer's JavaScript as shipped (dist/renderer after `npm run build:renderer`),
 * raw and gzipped, and the time from navigation to the first interactive editor on a new
 * document in the real app (the in-memory browser host, as a plain page gets it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { freshPage, type Context } from '../context';
import { REPO_DIR } from '../paths';
import { fmt } from '../report';
import { median } from '../stats';

export const RENDERER_DIST = join(REPO_DIR, 'dist', 'renderer');

export type BundleResult = {
  files: { file: string; bytes: number; gzipBytes: number }[];
  jsBytes: number;
  jsGzipBytes: number;
  /** Median ms from navigation start to the editor's first frame, accepting a keystroke. */
  interactiveMs: number | null;
  /** Medians of where that time goes, from navigation start (ms). */
  milestones: Milestones | null;
};

/** JavaScript downloaded, DOM ready (scripts evaluated), editor element present, its first frame. */
type Milestones = { scriptLoaded: number; domReady: number; editorCreated: number; editorPainted: number };

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * A returning user's settings (the browser build keeps them in localStorage): past the first
 * run's start page, which would otherwise cover the new document.
 */
const RETURNING_USER = `localStorage.setItem('bodo.settings', ${JSON.stringify(JSON.stringify({ welcomeSeen: true }))});`;

/** What the page logs once its editor has painted: `${EDITOR_PAINTED} <editor created at> <painted at>`. */
const EDITOR_PAINTED = 'bodo-bench:editor-painted';

/**
 * Runs in the page before the app: notes when an editable editor first appears, and its first
 * frame after, and says so on the console. Node listens for that message instead of polling
 * the page: a poll would inject and run Playwright's own script while the app starts.
 */
const WATCH_EDITOR = `(() => {
  const seen = () => document.querySelector('.ProseMirror[contenteditable="true"]');
  const observer = new MutationObserver(() => {
    if (!seen()) return;
    observer.disconnect();
    const editorAt = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => console.debug('${EDITOR_PAINTED}', editorAt, performance.now());
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
})();`;

export async function runBundle(context: Context): Promise<BundleResult | null> {
  console.log('Building the renderer (npm run build:renderer)…');
  const build = spawnSync('npm', ['run', 'build:renderer'], { cwd: REPO_DIR, encoding: 'utf8' });
  if (build.status !== 0 || !existsSync(join(RENDERER_DIST, 'index.html'))) {
    context.report.skip('bundle', `npm run build:renderer failed: ${(build.stderr || build.stdout).trim().split('\n').slice(-3).join(' / ')}`);
    return null;
  }
  const files = filesUnder(RENDERER_DIST)
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => {
      const content = readFileSync(file);
      return { file: relative(RENDERER_DIST, file), bytes: content.length, gzipBytes: gzipSync(content).length };
    });
  const js = files.filter((file) => file.file.endsWith('.js'));
  const result: BundleResult = {
    files,
    jsBytes: js.reduce((sum, file) => sum + file.bytes, 0),
    jsGzipBytes: js.reduce((sum, file) => sum + file.gzipBytes, 0),
    ...(await timeToInteractive(context)),
  };
  context.report.table({
    title: 'Bundle: dist/renderer (KB) and a new document to an interactive editor (ms, median)',
    header: ['file', 'raw', 'gzip'],
    rows: [
      ...files.map((file) => [file.file, fmt(file.bytes / 1024), fmt(file.gzipBytes / 1024)]),
      ['all JavaScript', fmt(result.jsBytes / 1024), fmt(result.jsGzipBytes / 1024)],
      ['new document interactive (ms)', fmt(result.interactiveMs), ''],
      ...(result.milestones
        ? Object.entries(result.milestones).map(([milestone, ms]) => [`  ${milestone} (ms)`, fmt(ms), ''])
        : []),
    ],
  });
  context.report.results.bundle = result;
  return result;
}

async function timeToInteractive(context: Context): Promise<Pick<BundleResult, 'interactiveMs' | 'milestones'>> {
  const none = { interactiveMs: null, milestones: null };
  const runs: Milestones[] = [];
  for (let i = 0; i < context.counts.startups; i++) {
    const { page, browserContext } = await freshPage(context);
    try {
      await page.addInitScript(RETURNING_USER);
      await page.addInitScript(WATCH_EDITOR);
      const painted = page
        .waitForEvent('console', { predicate: (message) => message.text().startsWith(EDITOR_PAINTED), timeout: 10_000 })
        .then((message) => message.text().split(' ').slice(1).map(Number) as [number, number])
        .catch(() => null);
      await page.goto(`${context.origin}/app/index.html`);
      const editorTimes = await painted;
      if (editorTimes === null) {
        context.report.skip('new document interactive', 'the app showed no editable editor within 10 s');
        return none;
      }
      // Interactive means it takes a keystroke: type one and see it land in the document.
      const editor = page.locator('.ProseMirror[contenteditable="true"]').first();
      await editor.click();
      await page.keyboard.type('보');
      if (!((await editor.textContent()) ?? '').includes('보')) {
        context.report.skip('new document interactive', 'the editor did not take a keystroke');
        return none;
      }
      const [editorCreated, editorPainted] = editorTimes;
      const loaded = await page.evaluate(() => {
        const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => entry.name.endsWith('.js'));
        return { scriptLoaded: Math.max(0, ...scripts.map((entry) => entry.responseEnd)), domReady: navigation?.domContentLoadedEventEnd ?? 0 };
      });
      runs.push({ ...loaded, editorCreated, editorPainted });
    } finally {
      await browserContext.close();
    }
  }
  const phase = (key: keyof Milestones) => median(runs.map((run) => run[key]));
  return {
    interactiveMs: phase('editorPainted'),
    milestones: { scriptLoaded: phase('scriptLoaded'), domReady: phase('domReady'), editorCreated: phase('editorCreated'), editorPainted: phase('editorPainted') },
  };
}
