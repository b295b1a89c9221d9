import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseDocumentFile } from '../../shared/document/load';
import type { BodoDocument } from '../../shared/document/envelope';
import { createJournal } from './journal';

const sample = await readFile(new URL('./testdata/release.bodo', import.meta.url), 'utf8');
const loaded = parseDocumentFile(sample, 'release.bodo');
if (!loaded.ok) throw new Error(loaded.message);
const document: BodoDocument = loaded.document;
const edited = (note: string): BodoDocument => ({ ...document, comments: [note] });

let folder: string;
beforeEach(async () => {
  folder = join(await mkdtemp(join(tmpdir(), 'bodo-journal-')), 'recovery');
});

describe('recovery journal', () => {
  it('keeps the latest autosave of each document, offered to the next run only', async () => {
    const crashed = createJournal({ folder });
    await crashed.write({ documentId: 'doc-aaaaaaaa', path: null, document: edited('first') });
    await crashed.write({ documentId: 'doc-aaaaaaaa', path: null, document: edited('second') });
    await crashed.write({ documentId: 'doc-bbbbbbbb', path: '/home/kim/보도.bodo', document });
    expect(await crashed.list()).toEqual([]);

    const next = createJournal({ folder });
    const listed = await next.list();
    expect(listed.map((entry) => entry.documentId).sort()).toEqual(['doc-aaaaaaaa', 'doc-bbbbbbbb']);
    const read = await next.read('doc-aaaaaaaa');
    expect(read.ok && read.entry.document.comments).toEqual(['second']);
  });

  it('lists newest first with title, time and preview', async () => {
    let clock = Date.parse('2026-04-13T01:00:00Z');
    const crashed = createJournal({ folder, now: () => new Date((clock += 60_000)) });
    await crashed.write({ documentId: 'older-000001', path: null, document });
    await crashed.write({ documentId: 'newer-000001', path: '/srv/보도.bodo', document });
    const listed = await createJournal({ folder }).list();
    expect(listed).toEqual([
      expect.objectContaining({ documentId: 'newer-000001', path: '/srv/보도.bodo', savedAt: '2026-04-13T01:02:00.000Z' }),
      expect.objectContaining({ documentId: 'older-000001', path: null, savedAt: '2026-04-13T01:01:00.000Z' }),
    ]);
    expect(listed[0]!.title).toBe('인공지능 반도체 실증 사업 착수');
    expect(listed[0]!.preview).toMatch(/^과학기술정보통신부 2026\. 4\. 14\.\(화\) 조간 .*정부는 인공지능 반도체 실증을 시작한다\.$/);
  });

  it('forgets what a clean close leaves behind, but not what a crashed renderer journaled', async () => {
    const journal = createJournal({ folder });
    await journal.write({ documentId: 'crashed-0001', path: null, document });
    journal.startNewRun();
    await journal.write({ documentId: 'closed-00001', path: null, document });
    journal.discardRun();
    expect((await createJournal({ folder }).list()).map((entry) => entry.documentId)).toEqual(['crashed-0001']);
    expect((await journal.list()).map((entry) => entry.documentId)).toEqual(['crashed-0001']);
  });

  it('treats a restored document as this run’s: not offered again, removed by a clean close', async () => {
    await createJournal({ folder }).write({ documentId: 'restored-001', path: null, document });
    const next = createJournal({ folder });
    next.adopt('restored-001');
    expect(await next.list()).toEqual([]);
    next.discardRun();
    expect(await readdir(folder)).toEqual([]);
  });

  it('skips damaged entries and files of other kinds', async () => {
    const crashed = createJournal({ folder });
    await crashed.write({ documentId: 'good-0000001', path: null, document });
    await writeFile(join(folder, 'torn-0000001.recovery.json'), '{"format":"bodo.recovery","vers');
    await writeFile(join(folder, 'evil-0000001.recovery.json'), JSON.stringify({ format: 'bodo.recovery', version: 1, run: 'x', documentId: 'evil-0000001', path: null, savedAt: '', document: { format: 'bodo.document', version: 1, content: 'no' } }));
    await writeFile(join(folder, 'notes.txt'), 'hello');
    const next = createJournal({ folder });
    expect((await next.list()).map((entry) => entry.documentId)).toEqual(['good-0000001']);
    expect(await next.read('torn-0000001')).toMatchObject({ ok: false });
  });

  it('discards one document, leaving the rest', async () => {
    const journal = createJournal({ folder });
    await journal.write({ documentId: 'keep-0000001', path: null, document });
    await journal.write({ documentId: 'drop-0000001', path: null, document });
    await journal.discard('drop-0000001');
    await journal.discard('never-000001');
    expect(await readdir(folder)).toEqual(['keep-0000001.recovery.json']);
  });

  it('never names a file outside its folder', async () => {
    const journal = createJournal({ folder });
    await expect(journal.write({ documentId: '../../escape', path: null, document })).rejects.toThrow();
    await expect(journal.discard('../settings')).rejects.toThrow();
  });
});
