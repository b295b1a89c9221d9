/** User settings in the app data folder. A bad file never stops the app: defaults, and a note why. */
import { readFile } from 'node:fs/promises';
import { parseStoredSettings, settingsSchema, type LoadedSettings, type Settings } from '../../shared/settings/schema';
import { fileErrorCause } from './failures';
import { errorCode, writeFileAtomic, type FileResult } from './files';

export { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../shared/settings/schema';

export type SettingsStore = {
  /** The settings, and why the defaults stand in when the file could not be used. */
  load(): Promise<LoadedSettings>;
  save(settings: Settings): Promise<FileResult<object>>;
};

export function createSettingsStore(options: { file: string }): SettingsStore {
  return {
    async load() {
      let text: string | null;
      try {
        text = await readFile(options.file, 'utf8');
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') return { ...parseStoredSettings(null), problem: fileErrorCause(error, 'read') };
        text = null;
      }
      return parseStoredSettings(text);
    },
    save(settings) {
      return writeFileAtomic(options.file, JSON.stringify(settingsSchema.parse(settings), null, 2));
    },
  };
}

/** Settings kept only while the process runs (hosts without a data folder, unit tests). */
export function createSettingsInMemory(): SettingsStore {
  let stored: Settings | null = null;
  return {
    load: async () => (stored ? { settings: stored } : parseStoredSettings(null)),
    async save(settings) {
      stored = settingsSchema.parse(settings);
      return { ok: true };
    },
  };
}
