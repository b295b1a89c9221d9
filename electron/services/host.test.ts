import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BodoDocument } from '../../shared/document/envelope';
import { createDocumentFiles } from './documents';
import { createHostHandlers, dispatchIntent, safeFileName, type HostServices } from './host';
import { createRecentFiles } from './recent';
import { ScriptedDialogs } from './scripted-dialogs';

const samplePath = fileURLToPath(new URL('./testdata/release.bodo', import.meta.url));
let folder: string;
let dialogs: ScriptedDialogs;
let windowStates: { title: string; dirty: boolean }[];
let closeReplies: boolean[];
let services: HostServices;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bodo-host-'));
  dialogs = new ScriptedDialogs();
  windowStates = [];
  closeReplies = [];
  services = {
    documents: createDocumentFiles(),
    recent: createRecentFiles({ file: join(folder, 'recent.json') }),
    dialogs,
    window: { setState: (state) => windowStates.push(state), closeReply: (proceed) => closeReplies.push(proceed) },
  };
});

const dispatch = (intent: string, payload: unknown) => dispatchIntent(createHostHandlers(services), intent, payload);
async function sampleDocument(): Promise<BodoDocument> {
  const opened = (await dispatch('openPath', { path: samplePath })) as { document: BodoDocument };
  return opened.document;
}

describe('host handlers', () => {
  it('saves an untitled document where the user picks, adding the extension, and lists it as recent', async () => {
    const document = await sampleDocument();
    dialogs.nextSavePath = join(folder, '반도체');
    const saved = await dispatch('saveDocument', { path: null, document, suggestedName: 'AI 반도체: 실증/착수' });
    expect(saved).toEqual({ ok: true, path: join(folder, '반도체.bodo') });
    expect(dialogs.saveRequests).toEqual([{ suggestedName: 'AI 반도체 실증 착수.bodo', format: 'bodo' }]);

    const recent = (await dispatch('listRecent', {})) as { path: string; title: string }[];
    expect(recent[0]).toMatchObject({ path: join(folder, '반도체.bodo'), title: '인공지능 반도체 실증 사업 착수' });
  });

  it('opens what it saved', async () => {
    const document = await sampleDocument();
    const path = join(folder, 'release.bodo');
    await dispatch('saveDocument', { path, document, suggestedName: 'x' });
    dialogs.nextOpenPath = path;
    expect(await dispatch('openDocument', {})).toEqual({ ok: true, path, document });
  });

  it('reports a canceled dialog as canceled, writing nothing', async () => {
    expect(await dispatch('openDocument', {})).toEqual({ ok: false, canceled: true });
    const document = await sampleDocument();
    expect(await dispatch('saveDocument', { path: null, document, suggestedName: 'x' })).toEqual({
      ok: false,
      canceled: true,
    });
  });

  it('names a corrupt file it cannot open', async () => {
    const path = join(folder, '망가진.bodo');
    await writeFile(path, 'garbage');
    expect(await dispatch('openPath', { path })).toEqual({
      ok: false,
      message: expect.stringContaining('“망가진.bodo”'),
    });
  });

  it('writes text and binary exports', async () => {
    dialogs.nextSavePath = join(folder, 'release.txt');
    expect(await dispatch('exportFile', { format: 'txt', suggestedName: '보도', data: '□ 본문\n' })).toEqual({
      ok: true,
      path: join(folder, 'release.txt'),
    });
    expect(await readFile(join(folder, 'release.txt'), 'utf8')).toBe('□ 본문\n');

    dialogs.nextSavePath = join(folder, 'release');
    await dispatch('exportFile', { format: 'docx', suggestedName: '보도', data: new Uint8Array([1, 2, 3]) });
    expect([...(await readFile(join(folder, 'release.docx')))]).toEqual([1, 2, 3]);
  });

  it('prints PDF exports sent as HTML with the host’s printer', async () => {
    services.printToPdf = async (html) => new TextEncoder().encode(`%PDF ${html}`);
    dialogs.nextSavePath = join(folder, 'release.pdf');
    await dispatch('exportFile', { format: 'pdf', suggestedName: '보도', data: '<p>본문</p>' });
    expect(await readFile(join(folder, 'release.pdf'), 'utf8')).toBe('%PDF <p>본문</p>');
  });

  it('passes window state and close replies to the window', async () => {
    expect(await dispatch('setWindowState', { title: '보도자료', dirty: true })).toEqual({ ok: true });
    expect(await dispatch('closeReply', { proceed: false })).toEqual({ ok: true });
    expect(windowStates).toEqual([{ title: '보도자료', dirty: true }]);
    expect(closeReplies).toEqual([false]);
  });
});

describe('dispatchIntent', () => {
  it('refuses a payload that breaks the contract, without calling the handler', async () => {
    expect(await dispatch('setWindowState', { title: 3 })).toEqual({
      ok: false,
      message: expect.stringMatching(/^Bad request for setWindowState: title/),
    });
    expect(windowStates).toEqual([]);
  });

  it('refuses a document that is not a Bodo document', async () => {
    dialogs.nextSavePath = join(folder, 'x.bodo');
    const result = await dispatch('saveDocument', { path: null, document: { format: 'other' }, suggestedName: 'x' });
    expect(result).toMatchObject({ ok: false });
    expect(dialogs.saveRequests).toEqual([]);
  });

  it('refuses unknown intents', async () => {
    expect(await dispatch('deleteEverything', {})).toEqual({ ok: false, message: 'Unknown request “deleteEverything”.' });
  });

  it('turns a failing service into a message', async () => {
    services.recent = { ...services.recent, list: async () => Promise.reject(new Error('disk on fire')) };
    expect(await dispatch('listRecent', {})).toEqual({ ok: false, message: expect.stringContaining('disk on fire') });
  });
});

describe('safeFileName', () => {
  it('keeps Korean titles readable and drops characters file systems refuse', () => {
    expect(safeFileName('  2026년 "AI" 반도체\n실증: 착수?  ')).toBe('2026년 AI 반도체 실증 착수');
    expect(safeFileName('...')).toBe('Untitled');
  });
});
