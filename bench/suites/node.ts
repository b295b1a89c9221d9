/**
 * The Node suite: each export format per size through shared/export, pandoc converting our
 * HTML to .docx as an outside baseline, the text import per size and of 1 MB, and the
 * house-style checks (full, and incremental after a keystroke).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Release } from '../../shared/release/model';
import type { Context } from '../context';
import type { Documents } from '../documents';
import { generateRelease } from '../generate';
import { loadOptional } from '../optional';
import { PANDOC, SCRATCH_DIR } from '../paths';
import { fmt } from '../report';
import { median, timeRuns } from '../stats';

export const EXPORT_FORMATS = ['html', 'txt', 'json', 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
type Exported = string | Uint8Array | ArrayBuffer | { byteLength: number };
type Exporter = (release: Release) => Exported | Promise<Exported>;

export type ExportResults = {
  /** Median ms per size and format. */
  times: Record<number, Partial<Record<ExportFormat, number>>>;
  /** Output bytes per size and format. */
  bytes: Record<number, Partial<Record<ExportFormat, number>>>;
  /** Median ms of `pandoc -f html -t docx` on our HTML, per size. */
  pandoc: Record<number, number> | null;
  pandocSkipped?: string;
};
export type ImportResults = { times: Record<number, number>; oneMegabyte: { bytes: number; ms: number } | null };
export type CheckResults = { full: Record<number, number>; incremental: Record<number, number>; findings: Record<number, number> };
export type NodeResults = { export?: ExportResults; import?: ImportResults; checks?: CheckResults };

/** Where each format's exporter lives, until one `exportRelease` covers them all. */
const EXPORTERS: Record<ExportFormat, { path: string; name: string }> = {
  html: { path: 'shared/export/html', name: 'releaseToHtml' },
  txt: { path: 'shared/export/text', name: 'releaseToText' },
  json: { path: 'shared/export/json', name: 'releaseToJSON' },
  docx: { path: 'shared/export/docx', name: 'releaseToDocx' },
};

async function loadExporters(context: Context): Promise<Partial<Record<ExportFormat, Exporter>>> {
  const exporters: Partial<Record<ExportFormat, Exporter>> = {};
  for (const format of EXPORT_FORMATS) {
    const { path, name } = EXPORTERS[format];
    const loaded = await loadOptional<Record<string, Exporter>>(path, [name]);
    if (loaded.ok) exporters[format] = loaded.module[name] as Exporter;
    else context.report.skip(`export ${format}`, loaded.reason);
  }
  return exporters;
}

function byteLength(output: Exported): number {
  return typeof output === 'string' ? Buffer.byteLength(output) : output.byteLength;
}

export async function runNode(
  context: Context,
  documents: Documents,
  suites: { export: boolean; import: boolean; checks: boolean },
): Promise<NodeResults> {
  const results: NodeResults = {};
  if (suites.export) results.export = await runExport(context, documents);
  if (suites.checks) {
    const checks = await runChecks(context, documents);
    if (checks) results.checks = checks;
  }
  return results;
}

type Checks = typeof import('../../shared/checks');

/**
 * The full check reads the whole release, as the command line and the review panel do. The
 * incremental one is what the editor needs after a keystroke: the touched block (the middle
 * one, one character longer) re-checked with the document context it already holds.
 */
async function runChecks(context: Context, documents: Documents): Promise<CheckResults | null> {
  const loaded = await loadOptional<Checks>('shared/checks/index', ['checkRelease', 'checkBlock', 'blocksWithContext']);
  if (!loaded.ok) {
    context.report.skip('checks', loaded.reason);
    return null;
  }
  const { checkRelease, checkBlock, blocksWithContext } = loaded.module;
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

async function runExport(context: Context, documents: Documents): Promise<ExportResults> {
  const exporters = await loadExporters(context);
  const { runs } = context.counts;
  const results: ExportResults = { times: {}, bytes: {}, pandoc: null };
  for (const size of context.sizes) {
    const release = documents.releases.get(size) as Release;
    const times: Partial<Record<ExportFormat, number>> = {};
    const bytes: Partial<Record<ExportFormat, number>> = {};
    for (const [format, exporter] of Object.entries(exporters) as [ExportFormat, Exporter][]) {
      times[format] = median(await timeRuns(runs, 1, () => exporter(release)));
      bytes[format] = byteLength(await exporter(release));
    }
    results.times[size] = times;
    results.bytes[size] = bytes;
  }

  const html = exporters.html;
  if (!existsSync(PANDOC)) results.pandocSkipped = `${PANDOC} is not installed`;
  else if (!html) results.pandocSkipped = 'no HTML export to feed pandoc';
  else {
    const dir = mkdtempSync(join(SCRATCH_DIR, 'pandoc-'));
    results.pandoc = {};
    for (const size of context.sizes) {
      const input = join(dir, `release-${size}.html`);
      writeFileSync(input, (await html(documents.releases.get(size) as Release)) as string);
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
export function releaseOfTextSize(bytes: number, toText: (release: Release) => string): { release: Release; text: string } {
  for (let blocks = 5000; ; blocks = Math.ceil(blocks * 1.25)) {
    const release = generateRelease(blocks);
    const text = toText(release);
    if (Buffer.byteLength(text) >= bytes) return { release, text };
  }
}
