/**
 * Saves that fail part-way, as on a read-only folder, a full disk or a drive that drops out:
 * the user gets a message that says which, and the file on disk stays the old, whole document.
 * The failures are injected into the file system calls, so they happen even for root.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Failure = { at: 'open' | 'write' | 'rename'; code: string } | null;
const injected = vi.hoisted(() => ({ failure: null as Failure }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const fail = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
  return {
    ...real,
    async open(...args: Parameters<typeof real.open>) {
      const failure = injected.failure;
      if (failure?.at === 'open' && args[1] === 'wx') throw fail(failure.code);
      const handle = await real.open(...args);
      if (failure?.at !== 'write') return handle;
      // Half the bytes reach the disk before the device gives up.
      return Object.assign(handle, {
        async writeFile(data: string | Uint8Array) {
          await real.appendFile(handle, typeof data === 'string' ? data.slice(0, data.length / 2) : data.subarray(0, data.length / 2));
          throw fail(failure.code);
        },
      });
    },
    async rename(...args: Parameters<typeof real.rename>) {
      if (injected.failure?.at === 'rename') throw fail(injected.failure.code);
      return real.rename(...args);
    },
  };
});

const { createDocumentFiles } = await import('./documents');
const { createHostHandlers, dispatchIntent } = await import('./host');
const { createJournal } = await import('./journal');
const { createRecentFiles } = await import('./recent');
const { ScriptedDialogs } = await import('./scripted-dialogs');

const sample = new URL('./testdata/release.bodo', import.meta.url);
let folder: string;
let target: string;
let dispatch: (intent: string, payload: unknown) => Promise<unknown>;

beforeEach(async () => {
  injected.failure = null;
  folder = await mkdtemp(join(tmpdir(), 'bodo-save-fail-'));
  const appData = await mkdtemp(join(tmpdir(), 'bodo-save-fail-data-'));
  const dialogs = new ScriptedDialogs();
  const handlers = createHostHandlers({
    documents: createDocumentFiles(),
    recent: createRecentFiles({ file: join(appData, 'recent.json') }),
    dialogs,
    journal: createJournal({ folder: join(appData, 'recovery') }),
  });
  dispatch = (intent, payload) => dispatchIntent(handlers, intent, payload);
  // The document was saved once, fine; the next save is the one that fails.
  target = join(folder, '보도자료.bodo');
  await writeFile(target, await readFile(sample, 'utf8'));
  dialogs.nextOpenPath = target;
  await dispatch('openDocument', {});
});

async function saveEdited(): Promise<unknown> {
  const opened = (await dispatch('openPath', { path: target })) as { document: { comments: unknown[] } };
  return dispatch('saveDocument', { path: target, document: { ...opened.document, comments: ['edited'] }, suggestedName: 'x' });
}

describe('a save that fails', () => {
  it.each([
    [{ at: 'open', code: 'EACCES' }, /“보도자료\.bodo”: the folder is read-only or you do not have permission/],
    [{ at: 'open', code: 'EROFS' }, /“보도자료\.bodo”: the drive is read-only/],
    [{ at: 'write', code: 'ENOSPC' }, /“보도자료\.bodo”: the disk is full/],
    [{ at: 'write', code: 'EIO' }, /“보도자료\.bodo”: the drive could not be reached/],
    [{ at: 'rename', code: 'ENOENT' }, /“보도자료\.bodo”: the folder no longer exists/],
  ] as const)('on %j says why and leaves the old document whole', async (failure, message) => {
    const before = await readFile(target, 'utf8');
    injected.failure = failure;
    expect(await saveEdited()).toEqual({ ok: false, message: expect.stringMatching(message) });
    injected.failure = null;
    expect(await readFile(target, 'utf8')).toBe(before);
    expect(await readdir(folder)).toEqual(['보도자료.bodo']);
  });

  it('succeeds once the problem is gone', async () => {
    injected.failure = { at: 'write', code: 'ENOSPC' };
    await saveEdited();
    injected.failure = null;
    expect(await saveEdited()).toEqual({ ok: true, path: target });
    expect(JSON.parse(await readFile(target, 'utf8')).comments).toEqual(['edited']);
  });
});
