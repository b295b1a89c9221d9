/**
 * The Node suite: each export format per size through shared/export, pandoc converting our
 * HTML to .docx as an outside baseline, the text import per size and of 1 MB, and the
 * house-style checks (full, and incremental after a keystroke).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkBlock, checkRelease, blocksWithContext } from '../../shared/checks';
import { RELEASE_EXPORT_FORMATS, exportRelease, releaseToText, type ReleaseExportFormat } from '../../shared/export';
import type { Release } from '../../shared/release/model';
import type { RunContext } from '../context';
import type { Documents } from '../documents';
import { generateRelease } from '../generate';
import { loadOptional } from '../optional';
import { PANDOC, SCRATCH_DIR } from '../paths';
import { fmt } from '../report';
import { median, timeRuns } from '../stats';

export const EXPORT_FORMATS = RELEASE_EXPORT_FORMATS;
export type ExportFormat = ReleaseExportFormat;

export type ExportResults = {
  /** Median ms per size and format. */
  times: Record<number, Partial<Record<ExportFormat, number>>>;
  /** Output bytes per size and format. */
  bytes: Record<number, Partial<Record<ExportFormat, number>>>;
  /** Median ms of `pandoc -f html -t docx` on our HTML, per size. */
  pandoc: Record<number, number> | null;
  pandocSkipped?: string;
};
export type ImportResults = { times: Record<number, number>; bytes: Record<number, number>; oneMegabyte: { bytes: number; ms: number } | null };
export type CheckResults = { full: Record<number, number>; incremental: Record<number, number>; findings: Record<number, number> };
export type NodeResults = { export?: ExportResults; import?: ImportResults; checks?: CheckResults };

export async function runNode(
  context: RunContext,
  documents: Documents,
  suites: { export: boolean; import: boolean; checks: boolean },
): Promise<NodeResults> {
  const results: NodeResults = {};
  if (suites.export) results.export = await runExport(context, documents);
  if (suites.import) {
    const imported = await runImport(context, documents);
    if (imported) results.import = imported;
  }
  if (suites.checks) results.checks = await runChecks(context, documents);
  return results;
}

type TextImport = { importText(text: string): unknown };

/** The whole text import (lines → release model) of each size's text export, and of 1 MB of text. */
async function runImport(context: RunContext, documents: Documents): Promise<ImportResults | null> {
  const importer = await loadOptional<TextImport>('shared/import/text', ['importText']);
  if (!importer.ok) {
    context.report.skip('import', importer.reason);
    return null;
  }
  const { importText } = importer.module;
  const { runs } = context.counts;
  const results: ImportResults = { times: {}, bytes: {}, oneMegabyte: null };
  for (const size of context.sizes) {
    const text = releaseToText(documents.releases.get(size) as Release);
    results.bytes[size] = Buffer.byteLength(text);
    results.times[size] = median(await timeRuns(runs, 1, () => importText(text)));
  }
  const { text } = releaseOfTextSize(2 ** 20);
  results.oneMegabyte = { bytes: Buffer.byteLength(text), ms: median(await timeRuns(runs, 1, () => importText(text))) };
  context.report.table({
    title: 'Import: DOCX-ready text → release model (ms, median)',
    header: ['input', 'KB', 'ms'],
    rows: [
      ...context.sizes.map((size) => [`${size} blocks`, fmt((results.bytes[size] ?? 0) / 1024, 0), fmt(results.times[size], 2)]),
      ['1 MB of text', fmt(results.oneMegabyte.bytes / 1024, 0), fmt(results.oneMegabyte.ms, 2)],
    ],
  });
  context.report.results.import = results;
  return results;
}


/**
 * The full check reads the whole release, as the command line and the review panel do. The
 * incremental one is what the editor needs after a keystroke: the touched block (the middle
 * one, one character longer) re-checked with the document context it already holds.
 */
async function runChecks(context: RunContext, documents: Documents): Promise<CheckResults> {
  const { runs } = context.counts;
  const results: CheckResults = { full: {}, incremental: {}, findings: {} };
  for (const size of context.sizes) {
    const release = documents.releases.get(size) as Release;
    results.full[size] = median(await timeRuns(runs, 1, () => checkRelease(release)));
    results.findings[size] = checkRelease(release).length;
    const blocks = [...blocksWithContext(release)];
    const middle = blocks[Math.floor(blocks.length / 2)] as (typeof blocks)[number];
    let typed = 0;
    // Many keystrokes per sample: one re-check is too short for the timer on its own.
    const perSample = 100;
    const times = await timeRuns(runs, 1, () => {
      for (let i = 0; i < perSample; i++) {
        typed++;
        const block = 'text' in middle.block ? { ...middle.block, text: `${middle.block.text.slice(0, 20)}${'가'.repeat(typed % 5)}${middle.block.text.slice(20)}` } : middle.block;
        checkBlock(block, middle.context);
      }
    });
    results.incremental[size] = median(times) / perSample;
  }
  context.report.table({
    title: 'Checks: full house-style check and incremental re-check of the touched block after a keystroke (ms, median)',
    header: ['blocks', 'full', 'findings', 'incremental'],
    rows: context.sizes.map((size) => [`${size}`, fmt(results.full[size], 2), results.findings[size] ?? 0, fmt(results.incremental[size], 3)]),
  });
  context.report.results.checks = results;
  return results;
}

async function runExport(context: RunContext, documents: Documents): Promise<ExportResults> {
  const { runs } = context.counts;
  const results: ExportResults = { times: {}, bytes: {}, pandoc: null };
  for (const size of context.sizes) {
    const release = documents.releases.get(size) as Release;
    const times: Partial<Record<ExportFormat, number>> = {};
    const bytes: Partial<Record<ExportFormat, number>> = {};
    for (const format of EXPORT_FORMATS) {
      times[format] = median(await timeRuns(runs, 1, () => exportRelease(release, format)));
      const { data } = await exportRelease(release, format);
      bytes[format] = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
    }
    results.times[size] = times;
    results.bytes[size] = bytes;
  }

  if (!existsSync(PANDOC)) results.pandocSkipped = `${PANDOC} is not installed`;
  else {
    const dir = mkdtempSync(join(SCRATCH_DIR, 'pandoc-'));
    results.pandoc = {};
    for (const size of context.sizes) {
      const input = join(dir, `release-${size}.html`);
      writeFileSync(input, (await exportRelease(documents.releases.get(size) as Release, 'html')).data);
      const output = join(dir, `release-${size}.docx`);
      const times = await timeRuns(Math.min(runs, 3), 0, () => {
        const run = spawnSync(PANDOC, ['-f', 'html', '-t', 'docx', '-o', output, input]);
        if (run.status !== 0) throw new Error(`pandoc failed: ${run.stderr.toString()}`);
      });
      results.pandoc[size] = median(times);
    }
  }
  if (results.pandocSkipped) context.report.skip('pandoc baseline', results.pandocSkipped);

  context.report.table({
    title: 'Export: median ms per format (output KB); pandoc = our HTML → .docx through pandoc',
    header: ['blocks', ...EXPORT_FORMATS, 'pandoc', 'pandoc/docx'],
    rows: context.sizes.map((size) => {
      const times = results.times[size] ?? {};
      const bytes = results.bytes[size] ?? {};
      const pandoc = results.pandoc?.[size];
      const docx = times.docx;
      return [
        `${size}`,
        ...EXPORT_FORMATS.map((format) => (times[format] === undefined ? '–' : `${fmt(times[format], 2)} (${fmt((bytes[format] ?? 0) / 1024, 0)})`)),
        fmt(pandoc),
        fmt(pandoc && docx ? pandoc / docx : null),
      ];
    }),
  });
  context.report.results.export = results;
  return results;
}

/** A release whose text export is at least `bytes` long: the "1 MB of text" import input. */
export function releaseOfTextSize(bytes: number): { release: Release; text: string } {
  for (let blocks = 1000; ; blocks = Math.ceil(blocks * 1.1)) {
    const release = generateRelease(blocks);
    const text = releaseToText(release);
    if (Buffer.byteLength(text) >= bytes) return { release, text };
  }
}
