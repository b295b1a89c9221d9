/**
 * Memory: the JS heap (after a forced garbage collection) once the largest document is open,
 * and after each batch of edits, for a growth trend over the edits.
 */
import type { CDPSession } from 'playwright-core';
import type { PageKind } from '../build';
import { freshPage, openedTiming, pageUrl, type Context } from '../context';
import { fmt } from '../report';
import { trendSlope } from '../stats';

export type HeapResult = {
  kind: PageKind;
  size: number;
  /** MB after opening. */
  opened: number;
  /** MB after each batch: [edits so far, MB]. */
  afterEdits: [number, number][];
  /** Least-squares growth over the edits, extrapolated to 1,000 edits (MB). */
  growthPer1000: number;
};

const MB = 1024 * 1024;

async function heapAfterGc(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage');
  const { metrics } = await session.send('Performance.getMetrics');
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize');
  if (!used) throw new Error('Performance.getMetrics gave no JSHeapUsedSize.');
  return used.value / MB;
}

export async function runMemory(context: Context, kinds: readonly PageKind[]): Promise<HeapResult[]> {
  const size = Math.max(...context.sizes);
  const results: HeapResult[] = [];
  for (const kind of kinds) {
    const { page, browserContext } = await freshPage(context);
    try {
      await page.goto(pageUrl(context, kind, size));
      await openedTiming(page);
      const session = await page.context().newCDPSession(page);
      await session.send('Performance.enable');
      const opened = await heapAfterGc(session);
      await page.evaluate(() => window.bench.placeCursorMiddle());
      const { heapEdits, heapBatches } = context.counts;
      const batch = Math.ceil(heapEdits / heapBatches);
      const afterEdits: [number, number][] = [];
      for (let done = 0; done < heapEdits; done += batch) {
        await page.evaluate(([count]) => window.bench.edits(count as number), [batch]);
        afterEdits.push([done + batch, await heapAfterGc(session)]);
      }
      const growthPer1000 = trendSlope(afterEdits.map(([x, y]) => ({ x, y }))) * 1000;
      results.push({ kind, size, opened, afterEdits, growthPer1000 });
    } finally {
      await browserContext.close();
    }
  }
  context.report.table({
    title: `Memory: JS heap after GC at ${size} blocks (MB)`,
    header: ['editor', 'opened', 'after edits', 'edits', 'trend per 1,000 edits'],
    rows: results.map((result) => {
      const last = result.afterEdits[result.afterEdits.length - 1];
      return [result.kind, fmt(result.opened), fmt(last?.[1]), last?.[0] ?? 0, fmt(result.growthPer1000, 2)];
    }),
  });
  context.report.results.memory = results;
  return results;
}
