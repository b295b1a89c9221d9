/**
 * The host for a plain browser (any static server, no Electron): documents live only in the
 * page, so every file intent answers with an error the UI can show. Window state goes to the
 * tab title, the one piece of "window" a web page has.
 */
import type { BodoBridge, Intent, IntentRequest, IntentResult } from '../../shared/bridge/contract';
import { settingsSchema } from '../../shared/settings/schema';
import { loadLocalSettings, saveLocalSettings } from '../settings/localSettings';

export const NO_FILES_MESSAGE = 'Files are not available in the browser version.';

export function createMemoryHost(setTabTitle: (title: string) => void): BodoBridge {
  const answers: { [I in Intent]: (request: IntentRequest<I>) => IntentResult<I> } = {
    openDocument: () => ({ ok: false, message: NO_FILES_MESSAGE }),
    openPath: () => ({ ok: false, message: NO_FILES_MESSAGE }),
    saveDocument: () => ({ ok: false, message: NO_FILES_MESSAGE }),
    exportFile: () => ({ ok: false, message: NO_FILES_MESSAGE }),
    // The page reads files the user drops or picks itself (File API); the host has none to offer.
    importFile: () => ({ ok: false, message: NO_FILES_MESSAGE }),
    // A web page has only the web Clipboard API, which the renderer tries first.
    writeClipboard: () => ({ ok: false, message: NO_FILES_MESSAGE }),
    listRecent: () => [],
    setWindowState: ({ title }) => {
      setTabTitle(title);
      return { ok: true };
    },
    // Never asked: closing a tab is the browser's business.
    closeReply: () => ({ ok: true }),
    // No journal in a web page: nothing is kept, so nothing is ever there to recover.
    autosave: () => ({ ok: true }),
    listRecoverable: () => [],
    restoreRecoverable: () => ({ ok: false, message: NO_FILES_MESSAGE }),
    discardRecoverable: () => ({ ok: true }),
    preferences: () => ({ autosaveSeconds: 30 }),
    fileStatus: () => ({ ok: false, message: NO_FILES_MESSAGE }),
    getSettings: () => loadLocalSettings(),
    setSettings: ({ settings }) => ({ ok: true, settings: saveLocalSettings(settingsSchema.parse(settings)) }),
    // The browser spellchecks by its own settings.
    setDocumentLanguage: () => ({ ok: true }),
    // A web page is not told who is logged in.
    systemUserName: () => ({ name: '' }),
  };
  return {
    kind: 'memory',
    canUseFiles: false,
    hasNativeMenu: false,
    invoke: async (intent, request) => answers[intent](request),
    // No menu and no OS around a web page: no command ever arrives.
    onCommand: () => () => undefined,
  };
}
