/** User settings in the app data folder. A bad file never stops the app: defaults, and a note why. */
import { basename } from 'node:path';
import { z } from 'zod';
import { LANGUAGES } from '../../shared/release/model';
import { readJsonFile, writeFileAtomic, type FileResult } from './files';

export const settingsSchema = z.object({
  /** Language of menus and messages. */
  uiLanguage: z.enum(LANGUAGES).default('ko'),
  /** Language of a new document. */
  documentLanguage: z.enum(LANGUAGES).default('ko'),
  zoomFactor: z.number().min(0.5).max(3).default(1),
  /** How often an open document with changes goes to the recovery journal. */
  autosaveSeconds: z.number().min(1).max(600).default(5),
  window: z
    .object({
      width: z.number().int().min(400),
      height: z.number().int().min(300),
      x: z.number().int().optional(),
      y: z.number().int().optional(),
      maximized: z.boolean().default(false),
    })
    .optional(),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export type SettingsStore = {
  /** The settings, and a warning for the user when the file could not be used. */
  load(): Promise<{ settings: Settings; warning?: string }>;
  save(settings: Settings): Promise<FileResult<object>>;
};

export function createSettingsStore(options: { file: string }): SettingsStore {
  return {
    async load() {
      const stored = await readJsonFile(options.file, settingsSchema);
      switch (stored.state) {
        case 'ok':
          return { settings: stored.value };
        case 'missing':
          return { settings: DEFAULT_SETTINGS };
        case 'invalid':
          return {
            settings: DEFAULT_SETTINGS,
            warning: `Settings in “${basename(options.file)}” could not be used (${stored.reason.replace(/\.$/, '')}); using the defaults.`,
          };
      }
    },
    save(settings) {
      return writeFileAtomic(options.file, JSON.stringify(settingsSchema.parse(settings), null, 2));
    },
  };
}
