import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
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
    expect(loaded.problem).toMatch(reason);
  });

  it('reads an older file and fills in what it lacks', async () => {
    await writeFile(file, JSON.stringify({ uiLanguage: 'ko', autosaveSeconds: 30 }));
    const { settings, problem } = await createSettingsStore({ file }).load();
    expect(problem).toBeUndefined();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'ko', autosaveSeconds: 30 });
    expect(settings.agency.glyphs).toEqual(['□', 'ㅇ', '-', '·']);
  });
});
