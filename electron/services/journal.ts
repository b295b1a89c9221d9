/**
 * The recovery journal: the latest autosave of every open document, one file per document in
 * the app's data folder, each written atomically. What a crash, a killed process or a power cut
 * leaves here is offered on the next start; a clean close removes this run's entries.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { documentIdSchema, type Recoverable } from '../../shared/bridge/contract';
import type { BodoDocument } from '../../shared/document/envelope';
import { documentPreview, documentTitle, readDocumentValue } from '../../shared/document/load';
import { failure } from './failures';
import { errorCode, writeFileAtomic, type FileResult } from './files';

const ENTRY_FORMAT = 'bodo.recovery';
const EXTENSION = '.recovery.json';

/** The envelope of a journal file; the document inside goes through the full loader. */
const entrySchema = z.object({
  format: z.literal(ENTRY_FORMAT),
  version: z.literal(1),
  /** The run that wrote it: entries of the running app are live documents, not leftovers. */
  run: z.string(),
  documentId: documentIdSchema,
  path: z.string().nullable(),
  savedAt: z.string(),
  document: z.unknown(),
});

export type JournalEntry = { documentId: string; path: string | null; savedAt: string; document: BodoDocument };

export type Journal = {
  write(entry: { documentId: string; path: string | null; document: BodoDocument }): Promise<FileResult<object>>;
  /** Entries left by earlier runs, newest first. Damaged entries are skipped, not reported. */
  list(): Promise<Recoverable[]>;
  read(documentId: string): Promise<FileResult<{ entry: JournalEntry }>>;
  discard(documentId: string): Promise<void>;
  /** A restored document belongs to this run now: no longer offered, and removed by a clean close. */
  adopt(documentId: string): void;
  /**
   * The renderer is gone without closing (it crashed): what it journaled becomes a leftover
   * to offer, as after an app crash, and later writes start a new run.
   */
  startNewRun(): void;
  /** A clean close: remove what this run journaled. Synchronous, for the last moments of the process. */
  discardRun(): void;
};

export function createJournal(options: { folder: string; now?: () => Date }): Journal {
  const { folder } = options;
  const now = options.now ?? (() => new Date());
  let run = randomUUID();
  /** Documents this run journaled, so a clean close removes exactly those. */
  let written = new Set<string>();

  const fileOf = (documentId: string) => join(folder, `${documentIdSchema.parse(documentId)}${EXTENSION}`);

  const readEntry = async (file: string): Promise<(JournalEntry & { run: string }) | null> => {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(file, 'utf8'));
    } catch {
      return null;
    }
    const entry = entrySchema.safeParse(raw);
    if (!entry.success) return null;
    const loaded = readDocumentValue(entry.data.document, basename(file));
    if (!loaded.ok) return null;
    return { ...entry.data, document: loaded.document };
  };

  return {
    async write({ documentId, path, document }) {
      await mkdir(folder, { recursive: true });
      const entry = { format: ENTRY_FORMAT, version: 1, run, documentId, path, savedAt: now().toISOString(), document };
      const result = await writeFileAtomic(fileOf(documentId), JSON.stringify(entry));
      if (result.ok) written.add(documentId);
      return result;
    },

    async list() {
      let names: string[];
      try {
        names = await readdir(folder);
      } catch {
        return [];
      }
      const entries = await Promise.all(names.filter((name) => name.endsWith(EXTENSION)).map((name) => readEntry(join(folder, name))));
      return entries
        .filter((entry): entry is JournalEntry & { run: string } => entry !== null && entry.run !== run && !written.has(entry.documentId))
        .sort((a, b) => b.savedAt.localeCompare(a.savedAt))
        .map(({ documentId, path, savedAt, document }) => ({
          documentId,
          path,
          savedAt,
          title: documentTitle(document) ?? (path ? basename(path) : ''),
          preview: documentPreview(document),
        }));
    },

    async read(documentId) {
      const entry = await readEntry(fileOf(documentId));
      if (!entry) return failure('recoveryUnavailable');
      const { run: _run, ...rest } = entry;
      return { ok: true, entry: rest };
    },

    async discard(documentId) {
      written.delete(documentId);
      await unlink(fileOf(documentId)).catch((error: unknown) => {
        if (errorCode(error) !== 'ENOENT') throw error;
      });
    },

    adopt(documentId) {
      written.add(documentIdSchema.parse(documentId));
    },

    startNewRun() {
      run = randomUUID();
      written = new Set();
    },

    discardRun() {
      for (const documentId of written) rmSync(fileOf(documentId), { force: true });
      written = new Set();
      // Temp files of a write the process did not live to finish.
      try {
        for (const name of readdirSync(folder)) if (name.endsWith('.tmp')) rmSync(join(folder, name), { force: true });
      } catch {
        // No journal folder yet: nothing to tidy.
      }
    },
  };
}
