/** The host's side of import and export: File ▸ Import… reads bytes, exports remember their folder. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDocumentFiles } from './documents';
import { createHostHandlers, dispatchIntent, type Dialogs, type OpenPurpose, type SaveFormat } from './host';
import { createJournal } from './journal';
import { createRecentFiles } from './recent';

/** Answers every dialog from a queue and records what each one was asked. */
class RecordingDialogs implements Dialogs {
  openAnswers: (string | null)[] = [];
  saveAnswers: (string | null)[] = [];
  readonly opened: (OpenPurpose | undefined)[] = [];
  readonly saved: { suggestedName: string; format: SaveFormat; folder?: string }[] = [];
  async pickOpenPath(purpose?: OpenPurpose) {
    this.opened.push(purpose);
    return this.openAnswers.shift() ?? null;
  }
  async pickSavePath(suggestedName: string, format: SaveFormat, folder?: string) {
    this.saved.push({ suggestedName, format, folder });
    return this.saveAnswers.shift() ?? null;
  }
}

let folder: string;
let dialogs: RecordingDialogs;
let dispatch: (intent: string, payload: unknown) => Promise<unknown>;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bodo-host-io-'));
  dialogs = new RecordingDialogs();
  const handlers = createHostHandlers({
    documents: createDocumentFiles(),
    recent: createRecentFiles({ file: join(folder, 'recent.json') }),
    dialogs,
    journal: createJournal({ folder: join(folder, 'recovery') }),
  });
  dispatch = (intent, payload) => dispatchIntent(handlers, intent, payload);
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('importFile', () => {
  it('asks with the import filter and returns the name and bytes of the chosen file', async () => {
    const path = join(folder, '보도자료.txt');
    await writeFile(path, '□ 정부는 실증 사업을 시작한다.\n');
    dialogs.openAnswers.push(path);
    const result = (await dispatch('importFile', {})) as { ok: true; name: string; bytes: Uint8Array };
    expect(dialogs.opened).toEqual(['import']);
    expect(result.ok).toBe(true);
    expect(result.name).toBe('보도자료.txt');
    expect(result.bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(result.bytes)).toBe('□ 정부는 실증 사업을 시작한다.\n');
  });

  it('reports a canceled dialog and a vanished file as values', async () => {
    expect(await dispatch('importFile', {})).toEqual({ ok: false, canceled: true });
    dialogs.openAnswers.push(join(folder, 'gone.docx'));
    expect(await dispatch('importFile', {})).toEqual({ ok: false, message: expect.stringMatching(/^Could not read “gone\.docx”: the file no longer exists/) });
  });
});

describe('exportFile', () => {
  it('opens the next export dialog in the folder of the last export', async () => {
    dialogs.saveAnswers.push(join(folder, 'release.txt'), join(folder, 'release.json'));
    expect(await dispatch('exportFile', { format: 'txt', suggestedName: 'release.txt', data: 'a' })).toMatchObject({ ok: true });
    await dispatch('exportFile', { format: 'json', suggestedName: 'release.json', data: '{}' });
    expect(dialogs.saved.map((request) => request.folder)).toEqual([undefined, folder]);
    expect(await readFile(join(folder, 'release.txt'), 'utf8')).toBe('a');
  });

  it('keeps the folder of a canceled export dialog unchanged', async () => {
    dialogs.saveAnswers.push(join(folder, 'a.html'), null);
    await dispatch('exportFile', { format: 'html', suggestedName: 'a.html', data: '<p>a</p>' });
    await dispatch('exportFile', { format: 'html', suggestedName: 'a.html', data: '<p>a</p>' });
    await dispatch('exportFile', { format: 'html', suggestedName: 'a.html', data: '<p>a</p>' });
    expect(dialogs.saved.map((request) => request.folder)).toEqual([undefined, folder, folder]);
  });
});

describe('writeClipboard', () => {
  it('writes both flavours to the host clipboard, and says so where there is none', async () => {
    const written: { text: string; html: string }[] = [];
    const withClipboard = createHostHandlers({
      documents: createDocumentFiles(),
      recent: createRecentFiles({ file: join(folder, 'recent.json') }),
      dialogs,
      journal: createJournal({ folder: join(folder, 'recovery') }),
      clipboard: { write: (flavours) => written.push(flavours) },
    });
    const flavours = { text: '□ 보도', html: '<p>□ 보도</p>' };
    expect(await dispatchIntent(withClipboard, 'writeClipboard', flavours)).toEqual({ ok: true });
    expect(written).toEqual([flavours]);
    expect(await dispatch('writeClipboard', flavours)).toEqual({ ok: false, message: 'The clipboard is not available here.' });
  });
});
