import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { translatorFor } from '../../shared/i18n';
import { createDocumentFiles } from './documents';
import { wordReason } from './failures';
import { createHostHandlers, dispatchIntent } from './host';
import { createJournal } from './journal';
import { createRecentFiles } from './recent';
import { ScriptedDialogs } from './scripted-dialogs';
import { createSettingsStore, DEFAULT_SETTINGS } from './settings';

let file: string;
beforeEach(async () => {
  file = join(await mkdtemp(join(tmpdir(), 'bodo-settings-')), 'settings.json');
});

describe('settings', () => {
  it('starts from the defaults, quietly, when there is no file', async () => {
    expect(await createSettingsStore({ file }).load()).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it('keeps what was saved', async () => {
    const store = createSettingsStore({ file });
    const settings = { ...DEFAULT_SETTINGS, uiLanguage: 'en' as const, theme: 'dark' as const, authorName: '김보도', zoomFactor: 1.25 };
    await store.save(settings);
    expect(await createSettingsStore({ file }).load()).toEqual({ settings });
  });

  it.each([
    ['not JSON', '{ zoom: ', /JSON/],
    ['out of range', JSON.stringify({ zoomFactor: 40 }), /zoomFactor/],
    ['an unknown theme', JSON.stringify({ theme: 'purple' }), /theme/],
    ['a folder', null, /./],
  ])('falls back to the defaults and says why when the file is %s', async (_case, text, reason) => {
    if (text === null) await mkdir(file);
    else await writeFile(file, text);
    const loaded = await createSettingsStore({ file }).load();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.problem && wordReason(loaded.problem)).toMatch(reason);
  });

  it('reads an older file and fills in what it lacks', async () => {
    await writeFile(file, JSON.stringify({ uiLanguage: 'ko', autosaveSeconds: 30 }));
    const { settings, problem } = await createSettingsStore({ file }).load();
    expect(problem).toBeUndefined();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'ko', autosaveSeconds: 30 });
    expect(settings.agency.glyphs).toEqual(['□', 'ㅇ', '-', '·']);
  });
});

describe('settings over the bridge', () => {
  const hostWith = (changed: unknown[], spelling: string[]) =>
    createHostHandlers({
      documents: createDocumentFiles(),
      recent: createRecentFiles({ file: join(dirname(file), 'recent.json') }),
      dialogs: new ScriptedDialogs(),
      journal: createJournal({ folder: join(dirname(file), 'recovery') }),
      settings: createSettingsStore({ file }),
      onSettingsChanged: (settings) => changed.push(settings),
      setSpellcheckLanguage: (language) => spelling.push(language),
    });

  it('stores what the panel sends, tells the app, and reads it back', async () => {
    const changed: unknown[] = [];
    const handlers = hostWith(changed, []);
    const chosen = { ...DEFAULT_SETTINGS, theme: 'dark' as const, agency: { ...DEFAULT_SETTINGS.agency, titleMaxChars: 50 } };
    expect(await dispatchIntent(handlers, 'setSettings', { settings: chosen })).toEqual({ ok: true, settings: chosen });
    expect(changed).toEqual([chosen]);
    expect(await dispatchIntent(handlers, 'getSettings', {})).toEqual({ settings: chosen });
  });

  it('refuses settings out of range and reports a damaged file with the defaults', async () => {
    const handlers = hostWith([], []);
    const refused = (await dispatchIntent(handlers, 'setSettings', { settings: { ...DEFAULT_SETTINGS, autosaveSeconds: 0 } })) as { ok: boolean };
    expect(refused.ok).toBe(false);
    await writeFile(file, '[1, 2');
    const answer = (await dispatchIntent(handlers, 'getSettings', {})) as { settings: unknown; problem?: string };
    expect(answer.settings).toEqual(DEFAULT_SETTINGS);
    expect(answer.problem).toBeTruthy();
  });

  it('words a damaged file’s reason in the interface language', async () => {
    await writeFile(file, JSON.stringify({ theme: 'purple' }));
    const handlers = createHostHandlers({
      documents: createDocumentFiles(),
      recent: createRecentFiles({ file: join(dirname(file), 'recent.json') }),
      dialogs: new ScriptedDialogs(),
      journal: createJournal({ folder: join(dirname(file), 'recovery') }),
      settings: createSettingsStore({ file }),
      translate: () => translatorFor('ko'),
    });
    expect(await dispatchIntent(handlers, 'getSettings', {})).toEqual({ settings: DEFAULT_SETTINGS, problem: expect.stringMatching(/^theme: /) });
    await writeFile(file, '[1, 2');
    expect(await dispatchIntent(handlers, 'getSettings', {})).toEqual({ settings: DEFAULT_SETTINGS, problem: expect.stringMatching(/^JSON 파일이 아닙니다: /) });
  });

  it('points the spellchecker at the document’s language', async () => {
    const spelling: string[] = [];
    await dispatchIntent(hostWith([], spelling), 'setDocumentLanguage', { language: 'en' });
    expect(spelling).toEqual(['en']);
  });
});
