/**
 * The renderer's i18next. Interface strings live in the JSON catalogues of shared/i18n
 * (`ko/<namespace>.json`, `en/<namespace>.json`): add new ones there, in both languages.
 * Document labels are not interface strings: they follow the document's language
 * (shared/release/labels.ts).
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { I18N_OPTIONS, uiLanguageFor } from '../shared/i18n';

/** Starts in the system's language; the settings may switch it once they are read. */
export function initI18n(languages: readonly string[]): typeof i18next {
  // Screen readers pick their voice from <html lang>, so it follows every switch.
  i18next.on('languageChanged', (language) => document.documentElement.setAttribute('lang', language));
  void i18next.use(initReactI18next).init({ ...I18N_OPTIONS, lng: uiLanguageFor(languages) });
  return i18next;
}
