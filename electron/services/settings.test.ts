import { mkdtemp, writeFile } from 'node:fs/promises';
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
    const settings = { ...DEFAULT_SETTINGS, uiLanguage: 'en' as const, zoomFactor: 1.25 };
    await store.save(settings);
    expect(await createSettingsStore({ file }).load()).toEqual({ settings });
  });

  it.each([
    ['not JSON', '{ zoom: '],
    ['out of range', JSON.stringify({ zoomFactor: 40 })],
  ])('falls back to the defaults and says so when the file is %s', async (_case, text) => {
    await writeFile(file, text);
    const loaded = await createSettingsStore({ file }).load();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.warning).toMatch(/“settings\.json” could not be used.*defaults/);
  });
});
