/** Settings for the browser build: the page's localStorage stands in for the app's data folder. */
import { parseStoredSettings, settingsSchema, type LoadedSettings, type Settings } from '../../shared/settings/schema';

const KEY = 'bodo.settings';

export function loadLocalSettings(storage: Storage = localStorage): LoadedSettings {
  return parseStoredSettings(storage.getItem(KEY));
}

export function saveLocalSettings(settings: Settings, storage: Storage = localStorage): Settings {
  const checked = settingsSchema.parse(settings);
  storage.setItem(KEY, JSON.stringify(checked));
  return checked;
}
