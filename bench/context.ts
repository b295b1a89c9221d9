/** The options and the means of the bench's suites. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Report } from './report';
import type { PageKind } from './build';
import type { OpenTiming } from './pages/harness';

export type Counts = {
  /** Single-character transactions timed per editor and size, shared out over the rounds (each after `costWarmup`). */
  costTransactions: number;
  costWarmup: number;
  /** Real keystrokes per editor and size, shared out over the rounds: half Latin, half Hangul composition steps. */
  keystrokes: number;
  /**
   * Rounds per size. Each round opens every editor afresh, in turn (the open timing is the
   * median over the rounds), and takes its share of the transactions and keystrokes.
   */
  rounds: number;
  /** Cold starts of the app for the new-document timing (the median is reported): one start is half a second, so one busy moment on the machine moves a median of three. */
  startups: number;
  /** Edits while watching the heap, in `heapBatches` equal batches. */
  heapEdits: number;
  heapBatches: number;
  /** Repetitions of each Node-side operation (export, import, check); the median is reported. */
  runs: number;
};

export const FULL_COUNTS: Counts = { costTransactions: 300, costWarmup: 20, keystrokes: 200, rounds: 4, startups: 7, heapEdits: 1000, heapBatches: 10, runs: 7 };
export const QUICK_COUNTS: Counts = { costTransactions: 40, costWarmup: 5, keystrokes: 20, rounds: 1, startups: 3, heapEdits: 200, heapBatches: 4, runs: 2 };

/** What every suite gets: the run's options, the page server and the report. */
export type RunContext = {
  quick: boolean;
  counts: Counts;
  sizes: readonly number[];
  report: Report;
  origin: string;
  /** The editors whose pages were built, baselines first. */
  kinds: readonly PageKind[];
  /** URL (on `origin`) of the generated document a page of `kind` opens at `size`. */
  documentUrl(kind: PageKind, size: number): string;
};

/** What the browser suites get: a browser of their own too. */
export type Context = RunContext & { browser: Browser };

export const VIEWPORT = { width: 1280, height: 900 };

/** A page in a fresh browser context, so no cache or process is shared between measurements. */
export async function freshPage(context: Context): Promise<{ page: Page; browserContext: BrowserContext }> {
  const browserContext = await context.browser.newContext({ viewport: VIEWPORT, locale: 'ko-KR' });
  const page = await browserContext.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  return { page, browserContext };
}

/**
 * Waits for the page's timed open; an error thrown in the page fails the bench instead of
 * leaving it waiting for an editor that will never appear.
 */
export async function openedTiming(page: Page): Promise<OpenTiming> {
  let stopWatching = () => undefined as void;
  const crashed = new Promise<never>((_, reject) => {
    const onError = (error: Error) => reject(new Error(`The page failed while opening its document: ${error.message}`));
    page.once('pageerror', onError);
    stopWatching = () => void page.off('pageerror', onError);
  });
  try {
    return await Promise.race([page.evaluate(() => window.bench.opened), crashed]);
  } finally {
    stopWatching();
  }
}

export function pageUrl(context: Context, kind: PageKind, size: number): string {
  return `${context.origin}/pages/${kind}.html?doc=${encodeURIComponent(context.documentUrl(kind, size))}`;
}
