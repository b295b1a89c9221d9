import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BodoDocument } from '../../shared/document/envelope';
import { createDocumentFiles } from './documents';
import { createHostHandlers, dispatchIntent, PathGrants, safeFileName, type HostHandlers, type HostServices } from './host';
import { createJournal } from './journal';
import { createRecentFiles } from './recent';
import { ScriptedDialogs } from './scripted-dialogs';

const samplePath = fileURLToPath(new URL('./testdata/release.bodo', import.meta.url));
let folder: string;
let dialogs: ScriptedDialogs;
let windowStates: { title: string; dirty: boolean }[];
let closeReplies: boolean[];
let services: HostServices;
/** Files handed over by the OS, as the main process grants them. */
let grants: PathGrants;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bodo-host-'));
  dialogs = new ScriptedDialogs();
  windowStates = [];
  closeReplies = [];
  grants = new PathGrants();
  grants.grant(samplePath);
  services = {
    grants,
    documents: createDocumentFiles(),
    recent: createRecentFiles({ file: join(folder, 'recent.json') }),
    dialogs,
    journal: createJournal({ folder: join(folder, 'recovery') }),
    window: { setState: (state) => windowStates.push(state), closeReply: (proceed) => closeReplies.push(proceed) },
  };
});

/** One host per test, like one app run: files granted by a dialog stay granted. */
let handlers: HostHandlers | null = null;
beforeEach(() => {
  handlers = null;
});
const dispatch = (intent: string, payload: unknown) => dispatchIntent((handlers ??= createHostHandlers(services)), intent, payload);
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
    dialogs.nextSavePath = path;
    await dispatch('saveDocument', { path: null, document, suggestedName: 'x' });
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
    grants.grant(path);
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

describe('where the host writes', () => {
  it('refuses to save over a file the user never chose, and writes nothing', async () => {
    const document = await sampleDocument();
    const elsewhere = join(folder, 'not-chosen.bodo');
    await writeFile(elsewhere, 'someone else’s file');
    expect(await dispatch('saveDocument', { path: elsewhere, document, suggestedName: 'x' })).toEqual({
      ok: false,
      message: expect.stringMatching(/Refused to write “not-chosen\.bodo”/),
    });
    expect(await readFile(elsewhere, 'utf8')).toBe('someone else’s file');
    expect(await dispatch('autosave', { documentId: 'doc-12345678', path: elsewhere, document })).toMatchObject({ ok: false });
  });

  it('saves again to a file picked in a dialog, or opened from the recent list in a later run', async () => {
    const document = await sampleDocument();
    const picked = join(folder, 'picked.bodo');
    dialogs.nextSavePath = picked;
    await dispatch('saveDocument', { path: null, document, suggestedName: 'x' });
    expect(await dispatch('saveDocument', { path: picked, document, suggestedName: 'x' })).toEqual({ ok: true, path: picked });

    services.grants = new PathGrants(); // a new run: only the recent list remembers the file
    handlers = null;
    expect(await dispatch('saveDocument', { path: picked, document, suggestedName: 'x' })).toEqual({ ok: true, path: picked });
  });
});

describe('saving where it cannot be written', () => {
  it('says the drive is gone when the folder vanished since it was picked', async () => {
    const document = await sampleDocument();
    const share = join(folder, 'network-share');
    await mkdir(share);
    dialogs.nextSavePath = join(share, 'release.bodo');
    await dispatch('saveDocument', { path: null, document, suggestedName: 'x' });
    await rm(share, { recursive: true });
    expect(await dispatch('saveDocument', { path: join(share, 'release.bodo'), document, suggestedName: 'x' })).toEqual({
      ok: false,
      message: expect.stringMatching(/“release\.bodo”.*no longer exists/),
    });
  });
});

describe('recovery through the host', () => {
  it('journals an untitled document and gives it back, listed only to a later run', async () => {
    const document = await sampleDocument();
    expect(await dispatch('autosave', { documentId: 'untitled-0001', path: null, document })).toEqual({ ok: true });
    expect(await dispatch('listRecoverable', {})).toEqual([]);

    services.journal = createJournal({ folder: join(folder, 'recovery') });
    handlers = null;
    expect(await dispatch('listRecoverable', {})).toEqual([
      {
        documentId: 'untitled-0001',
        path: null,
        title: '인공지능 반도체 실증 사업 착수',
        savedAt: expect.any(String),
        preview: expect.stringContaining('정부는 인공지능 반도체 실증을 시작한다.'),
      },
    ]);
    expect(await dispatch('restoreRecoverable', { documentId: 'untitled-0001' })).toEqual({
      ok: true,
      documentId: 'untitled-0001',
      path: null,
      document,
    });
    await dispatch('discardRecoverable', { documentId: 'untitled-0001' });
    expect(await dispatch('listRecoverable', {})).toEqual([]);
  });

  it('lets a restored document be saved back to its file, which the journal never touched', async () => {
    const document = await sampleDocument();
    const path = join(folder, 'release.bodo');
    dialogs.nextSavePath = path;
    await dispatch('saveDocument', { path: null, document, suggestedName: 'x' });
    const before = await readFile(path, 'utf8');
    await dispatch('autosave', { documentId: 'saved-00001', path, document: { ...document, comments: ['edited'] } });
    expect(await readFile(path, 'utf8')).toBe(before);

    await rm(join(folder, 'recent.json'));
    services.journal = createJournal({ folder: join(folder, 'recovery') });
    services.grants = new PathGrants();
    handlers = null;
    const restored = await dispatch('restoreRecoverable', { documentId: 'saved-00001' });
    expect(restored).toMatchObject({ ok: true, path, document: { comments: ['edited'] } });
    expect(await dispatch('saveDocument', { path, document, suggestedName: 'x' })).toEqual({ ok: true, path });
  });

  it('asks for autosaves at the interval from the settings', async () => {
    services.autosaveSeconds = () => 12;
    expect(await dispatch('preferences', {})).toEqual({ autosaveSeconds: 12 });
  });
});

describe('files changed by someone else', () => {
  it('notices another program saving or removing the open file', async () => {
    const path = join(folder, 'shared.bodo');
    await writeFile(path, await readFile(samplePath, 'utf8'));
    grants.grant(path);
    await dispatch('openPath', { path });
    expect(await dispatch('fileStatus', { path })).toEqual({ ok: true, state: 'same' });
    await writeFile(path, `${await readFile(samplePath, 'utf8')}\n\n`);
    expect(await dispatch('fileStatus', { path })).toEqual({ ok: true, state: 'changed' });
    await rm(path);
    expect(await dispatch('fileStatus', { path })).toEqual({ ok: true, state: 'missing' });
  });

  it('opens only files the user chose somewhere, not any path the page names', async () => {
    const elsewhere = join(folder, 'elsewhere.bodo');
    await writeFile(elsewhere, await readFile(samplePath, 'utf8'));
    expect(await dispatch('openPath', { path: elsewhere })).toEqual({ ok: false, message: expect.stringContaining('Refused') });
    expect(await dispatch('openPath', { path: '/etc/passwd' })).toEqual({ ok: false, message: expect.stringContaining('Refused') });
  });

  it('tells nothing about files Bodo never opened', async () => {
    expect(await dispatch('fileStatus', { path: '/etc/passwd' })).toEqual({ ok: false, message: expect.stringContaining('Refused') });
    expect(await dispatch('fileStatus', { path: join(folder, 'nothing-here.bodo') })).toMatchObject({ ok: false });
  });
});

describe('bad payloads', () => {
  it.each([
    ['autosave', { documentId: '../../etc/passwd', path: null, document: {} }],
    ['autosave', { documentId: 'doc-12345678', path: null, document: { format: 'bodo.document', version: 99 } }],
    ['restoreRecoverable', { documentId: '..' }],
    ['discardRecoverable', { documentId: 'a/b/c/d/e/f' }],
    ['openPath', { path: '' }],
    ['saveDocument', { path: 3, document: null, suggestedName: 'x' }],
    ['exportFile', { format: 'exe', suggestedName: 'x', data: 'MZ' }],
    ['fileStatus', {}],
    ['setWindowState', 'title'],
    ['closeReply', { proceed: 'yes' }],
  ])('refuses %s with %j', async (intent, payload) => {
    expect(await dispatch(intent, payload)).toEqual({ ok: false, message: expect.stringMatching(/^Bad request/) });
    expect(await readdir(folder)).toEqual([]);
  });
});
