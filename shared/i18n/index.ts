/**
 * The interface's words, one JSON catalogue per language and namespace (`ko/<namespace>.json`,
 * `en/<namespace>.json`, the same keys in each). The renderer (react-i18next) and the main
 * process (menus, native dialogs) both read them from here, so no interface string lives in code.
 * Each namespace is a top-level key of one i18next resource, so `t('file.open')` reads `file.json`.
 * Document labels are not here: they follow the document's language (shared/release/labels.ts).
 */
import i18next, { type i18n, type TFunction } from 'i18next';
import enA11y from './en/a11y.json';
import enApp from './en/app.json';
import enBlock from './en/block.json';
import enChecks from './en/checks.json';
import enConfirm from './en/confirm.json';
import enFile from './en/file.json';
import enHostErrors from './en/hostErrors.json';
import enIo from './en/io.json';
import enMark from './en/mark.json';
import enMenu from './en/menu.json';
import enNotice from './en/notice.json';
import enOutline from './en/outline.json';
import enRecovery from './en/recovery.json';
import enReview from './en/review.json';
import enRules from './en/rules.json';
import enSettings from './en/settings.json';
import enStatus from './en/status.json';
import enTemplate from './en/template.json';
import enWelcome from './en/welcome.json';
import koA11y from './ko/a11y.json';
import koApp from './ko/app.json';
import koBlock from './ko/block.json';
import koChecks from './ko/checks.json';
import koConfirm from './ko/confirm.json';
import koFile from './ko/file.json';
import koHostErrors from './ko/hostErrors.json';
import koIo from './ko/io.json';
import koMark from './ko/mark.json';
import koMenu from './ko/menu.json';
import koNotice from './ko/notice.json';
import koOutline from './ko/outline.json';
import koRecovery from './ko/recovery.json';
import koReview from './ko/review.json';
import koRules from './ko/rules.json';
import koSettings from './ko/settings.json';
import koStatus from './ko/status.json';
import koTemplate from './ko/template.json';
import koWelcome from './ko/welcome.json';

export const UI_LANGUAGES = ['ko', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Every catalogue by language, then namespace. */
export const CATALOGUES = {
  en: { a11y: enA11y, app: enApp, block: enBlock, checks: enChecks, confirm: enConfirm, file: enFile, hostErrors: enHostErrors, io: enIo, mark: enMark, menu: enMenu, notice: enNotice, outline: enOutline, recovery: enRecovery, review: enReview, rules: enRules, settings: enSettings, status: enStatus, template: enTemplate, welcome: enWelcome },
  ko: { a11y: koA11y, app: koApp, block: koBlock, checks: koChecks, confirm: koConfirm, file: koFile, hostErrors: koHostErrors, io: koIo, mark: koMark, menu: koMenu, notice: koNotice, outline: koOutline, recovery: koRecovery, review: koReview, rules: koRules, settings: koSettings, status: koStatus, template: koTemplate, welcome: koWelcome },
} satisfies Record<UiLanguage, Record<string, unknown>>;

/** Korean for Korean systems, English for every other (the first preference that is one of ours wins). */
export function uiLanguageFor(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'ko' || base === 'en') return base;
  }
  return 'en';
}

/** i18next options shared by both processes; `initAsync: false` makes `init` finish at once. */
export const I18N_OPTIONS = {
  fallbackLng: 'en',
  resources: { en: { translation: CATALOGUES.en }, ko: { translation: CATALOGUES.ko } },
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
} as const;

/** A translator of its own for one language (the main process's menus and dialogs). */
export function translatorFor(language: UiLanguage): TFunction {
  const instance: i18n = i18next.createInstance();
  void instance.init({ ...I18N_OPTIONS, lng: language });
  return instance.t;
}
