/**
 * Power cuts and killed processes: a writer saves and autosaves without pause while this test
 * SIGKILLs it at random moments, hundreds of writes in all. After every kill the document on
 * disk must be a whole document (the last one reported saved, or the one being written), and
 * the journal must hand back the latest autosave the same way.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocumentFile } from '../../shared/document/load';
import { createJournal } from './journal';

/** Enough writes to land kills in every phase of a save (temp file, flush, rename, folder sync). */
const WRITES_WANTED = 300;
const MAX_KILLS = 250;
const DOCUMENT_ID = 'kill-test-document';

let folder: string;
let writer: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bodo-kill-'));
  writer = join(folder, 'crash-writer.cjs');
  // Bundled once, so each restart of the writer costs a plain `node` start.
  await build({
    entryPoints: [new URL('./testdata/crash-writer.ts', import.meta.url).pathname],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'warning',
  });
  await writeFile(join(folder, 'sample.bodo'), await readFile(new URL('./testdata/release.bodo', import.meta.url), 'utf8'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

type Reported = { save: number | null; autosave: number | null; writes: number };

/** Run the writer from `first` on, kill it `delay` ms after it starts writing; what it reported complete. */
function runAndKill(first: number, delay: number): Promise<Reported> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, folder, DOCUMENT_ID, String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const reported: Reported = { save: null, autosave: null, writes: 0 };
    let buffered = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), delay);
        const [kind, sequence] = line.split(' ');
        if (kind === 'save' || kind === 'autosave') {
          reported[kind] = Number(sequence);
          reported.writes++;
        }
      }
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(reported);
      else reject(new Error(`The writer stopped by itself: ${errors}`));
    });
  });
}

const sequenceOf = (document: { comments: unknown[] }) => (document.comments[0] as { sequence: number }).sequence;

describe('killing the writing process', () => {
  it('always leaves the old or the new whole document, and recovery returns the latest autosave', async () => {
    let next = 1;
    let lastSave: number | null = null;
    let lastAutosave: number | null = null;
    let writes = 0;
    let kills = 0;
    while (writes < WRITES_WANTED && kills < MAX_KILLS) {
      // Mostly within the first few writes, where every phase of a save gets hit; sometimes later.
      const delay = Math.random() < 0.8 ? Math.random() * 30 : Math.random() * 150;
      const reported = await runAndKill(next, delay);
      kills++;
      writes += reported.writes;
      lastSave = reported.save ?? lastSave;
      lastAutosave = reported.autosave ?? lastAutosave;
      // The write in flight at the kill: the first odd (save) or even (autosave) number not reported.
      const highest = Math.max(next - 1, reported.save ?? 0, reported.autosave ?? 0);
      const savingNext = highest % 2 === 0 ? highest + 1 : highest + 2;
      const autosavingNext = highest % 2 === 0 ? highest + 2 : highest + 1;

      const onDisk = await readFile(join(folder, 'release.bodo'), 'utf8').catch(() => null);
      if (onDisk === null) {
        expect(lastSave).toBeNull();
      } else {
        const loaded = parseDocumentFile(onDisk, 'release.bodo');
        expect(loaded.ok, `kill ${kills}: the saved file is not a whole document`).toBe(true);
        if (loaded.ok) {
          expect([lastSave, savingNext]).toContain(sequenceOf(loaded.document));
          lastSave = sequenceOf(loaded.document);
        }
      }

      // The next start: a new journal run over the same folder.
      const journal = createJournal({ folder: join(folder, 'recovery') });
      const offered = await journal.list();
      if (lastAutosave === null) expect(offered.length).toBeLessThanOrEqual(1);
      else expect(offered.map((entry) => entry.documentId)).toEqual([DOCUMENT_ID]);
      if (offered.length > 0) {
        const recovered = await journal.read(DOCUMENT_ID);
        expect(recovered.ok, `kill ${kills}: the journal entry is not whole`).toBe(true);
        if (recovered.ok) {
          expect([lastAutosave, autosavingNext]).toContain(sequenceOf(recovered.entry.document));
          lastAutosave = sequenceOf(recovered.entry.document);
        }
      }
      // Numbers already used, even by a write that finished unreported, are not reused.
      next = Math.max(savingNext, autosavingNext) + 1;
    }
    expect(writes).toBeGreaterThanOrEqual(WRITES_WANTED);
  }, 120_000);
});
