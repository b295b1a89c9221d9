/**
 * The host for a plain browser (any static server, no Electron): documents live only in the
 * page, so every file intent answers with an error the UI can show. Window state goes to the
 * tab title, the one piece of "window" a web page has.
 */
import i18next from 'i18next';
import type { BodoBridge, Intent, IntentRequest, IntentResult } from '../../shared/bridge/contract';
import { wordReason } from '../../shared/i18n/reason';
import { settingsSchema } from '../../shared/settings/schema';
import { loadLocalSettings, saveLocalSettings } from '../settings/localSettings';

/** The refusal of every file intent, in the interface language (the same words as the page's note). */
const noFiles = () => ({ ok: false as const, message: i18next.t('file.noFiles') });

export function createMemoryHost(setTabTitle: (title: string) => void): BodoBridge {
  const answers: { [I in Intent]: (request: IntentRequest<I>) => IntentResult<I> } = {
    openDocument: noFiles,
    openPath: noFiles,
    saveDocument: noFiles,
    exportFile: noFiles,
    // The page reads files the user drops or picks itself (File API); the host has none to offer.
    importFile: noFiles,
    // A web page has only the web Clipboard API, which the renderer tries first.
    writeClipboard: noFiles,
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
    restoreRecoverable: noFiles,
    discardRecoverable: () => ({ ok: true }),
    preferences: () => ({ autosaveSeconds: 30 }),
    fileStatus: noFiles,
    getSettings: () => {
      const { settings, problem } = loadLocalSettings();
      return problem ? { settings, problem: wordReason(problem, i18next.t) } : { settings };
    },
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
