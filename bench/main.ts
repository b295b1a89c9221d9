/**
 * `npm run bench`: builds the bench pages, generates documents at 50, 500 and 5,000 blocks,
 * measures in headless Chromium and Node, prints a table and one line per budget, writes
 * bench/results.json, and exits non-zero when a budget is missed.
 *
 *   npm run bench                 full run (a few minutes)
 *   npm run bench -- --quick      small counts, for development; budgets still printed
 *   npm run bench -- --only=editors,memory,export,import,checks,bundle
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { buildPages, type PageKind } from './build';
import { FULL_COUNTS, QUICK_COUNTS, type RunContext } from './context';
import { writeDocuments } from './documents';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../e2e/support/chromium';
import { RESULTS_FILE, SCRATCH_DIR } from './paths';
import { Report } from './report';
import { serveStatic } from './server';
import { checkBudgets, type Measurements } from './budgets';
import { runEditors } from './suites/editors';
import { runMemory } from './suites/memory';
import { runNode } from './suites/node';
import { RENDERER_DIST, runBundle } from './suites/bundle';

const SIZES = [50, 500, 5000] as const;
const SUITES = ['editors', 'memory', 'export', 'import', 'checks', 'bundle'] as const;
type Suite = (typeof SUITES)[number];

// Heap sizes unrounded in the page too (Chromium rounds performance.memory otherwise).
const BENCH_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info'];

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
  const unknown = only?.filter((name) => !(SUITES as readonly string[]).includes(name)) ?? [];
  if (unknown.length) throw new Error(`Unknown suite(s): ${unknown.join(', ')}; known: ${SUITES.join(', ')}`);
  const suites = new Set<Suite>((only as Suite[] | undefined) ?? SUITES);
  const report = new Report();
  const measured: Measurements = {};
  const startedAt = new Date().toISOString();
  mkdirSync(SCRATCH_DIR, { recursive: true });

  try {
    console.log(`Bodo bench${quick ? ' (quick)' : ''}: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB`);
    const documents = await writeDocuments(SIZES, join(SCRATCH_DIR, 'documents'), report);
    const kinds: PageKind[] = documents.bodoAvailable ? ['prosemirror', 'starterkit', 'bodo'] : ['prosemirror', 'starterkit'];

    const pagesDir = join(SCRATCH_DIR, 'pages');
    if (suites.has('editors') || suites.has('memory')) {
      console.log(`Building bench pages (${kinds.join(', ')})…`);
      await buildPages(kinds, pagesDir);
    }
    const server = await serveStatic({ '/pages/': pagesDir, '/documents/': documents.dir, '/app/': RENDERER_DIST });
    /** A browser for some suites, closed when they are done so that it costs the suites after them nothing. */
    const withBrowser = async <T>(run: (browser: Browser) => Promise<T>): Promise<T> => {
      const browser = await chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: BENCH_CHROMIUM_ARGS });
      report.results.browser ??= `Chromium ${browser.version()}`;
      try {
        return await run(browser);
      } finally {
        await browser.close();
      }
    };
    try {
      const base: RunContext = {
        quick,
        counts: quick ? QUICK_COUNTS : FULL_COUNTS,
        sizes: SIZES,
        report,
        origin: server.origin,
        kinds,
        documentUrl: (kind, size) => `/documents/${documents.fileOf(kind, size)}`,
      };
      if (suites.has('editors') || suites.has('memory')) {
        await withBrowser(async (browser) => {
          if (suites.has('editors')) measured.editors = await runEditors({ ...base, browser });
          if (suites.has('memory')) measured.memory = await runMemory({ ...base, browser }, kinds);
        });
      }
      measured.node = await runNode(base, documents, { export: suites.has('export'), import: suites.has('import'), checks: suites.has('checks') });
      // Cold starts in a browser of their own, as each launch of the app is: one that has just
      // opened thousands of blocks in other pages starts pages a good deal slower.
      if (suites.has('bundle')) {
        measured.bundle = (await withBrowser((browser) => runBundle({ ...base, browser }))) ?? { files: [], jsBytes: 0, jsGzipBytes: 0, interactiveMs: null, milestones: null };
      }
    } finally {
      await server.close();
    }

    checkBudgets(report, measured);
    report.printBudgets();
    writeFileSync(
      RESULTS_FILE,
      `${JSON.stringify(
        {
          startedAt,
          finishedAt: new Date().toISOString(),
          quick,
          suites: [...suites],
          machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? null, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform },
          results: report.results,
          skipped: report.skipped,
          budgets: report.budgets,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\nWrote ${RESULTS_FILE}`);
    return report.budgets.every((budget) => budget.pass) ? 0 : 1;
  } finally {
    rmSync(SCRATCH_DIR, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
