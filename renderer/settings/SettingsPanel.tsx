/** The settings panel: a form over a copy of the settings, stored only on Save. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../shared/release/model';
import {
  BODY_STYLES,
  settingsSchema,
  THEMES,
  UI_LANGUAGE_CHOICES,
  type AgencyProfile,
  type Settings,
} from '../../shared/settings/schema';
import { useDialogFocus } from './useDialogFocus';

type Props = {
  settings: Settings;
  save(next: Settings): Promise<string | null>;
  onClose(): void;
};

const CHECK_PROFILES = ['msit', 'default'] as const;

export function SettingsPanel({ settings, save, onClose }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Settings>(settings);
  const [error, setError] = useState<string | null>(null);
  const panel = useDialogFocus<HTMLFormElement>(onClose);
  const id = useId();

  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setAgency = <K extends keyof AgencyProfile>(key: K, value: AgencyProfile[K]) =>
    setDraft((d) => ({ ...d, agency: { ...d.agency, [key]: value } }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const checked = settingsSchema.safeParse(draft);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return setError(t('settings.saveFailed', { reason: issue ? `${issue.path.join('.')}: ${issue.message}` : '' }));
    }
    const failed = await save(checked.data);
    if (failed) setError(t('settings.saveFailed', { reason: failed }));
    else onClose();
  };

  /** A labelled control; the label's `for` ties it to the control for screen readers and clicks. */
  const field = (name: string, label: string, control: (controlId: string) => React.ReactNode, hint?: string) => (
    <div className="settings-field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {control(`${id}-${name}`)}
      {hint && <span className="settings-hint">{hint}</span>}
    </div>
  );
  const number = (value: number, onChange: (n: number) => void, min: number, max: number) => (controlId: string) => (
    <input id={controlId} type="number" min={min} max={max} value={value} onChange={(e) => onChange(Number(e.target.value))} />
  );
  const choice = <V extends string>(value: V, options: readonly V[], labelOf: (v: V) => string, onChange: (v: V) => void) => (controlId: string) => (
    <select id={controlId} value={value} onChange={(e) => onChange(e.target.value as V)}>
      {options.map((option) => (
        <option key={option} value={option}>
          {labelOf(option)}
        </option>
      ))}
    </select>
  );

  return (
    <div className="modal-backdrop">
      <form ref={panel} className="modal settings" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} data-testid="settings" onSubmit={submit}>
        <h2 id={`${id}-title`}>{t('settings.title')}</h2>
        {field('author', t('settings.authorName'), (controlId) => (
          <input id={controlId} data-autofocus value={draft.authorName} onChange={(e) => set('authorName', e.target.value)} />
        ), t('settings.authorNameHint'))}
        {field('ui-language', t('settings.uiLanguage'), choice(draft.uiLanguage, UI_LANGUAGE_CHOICES, (v) => t(`settings.languages.${v}`), (v) => set('uiLanguage', v)))}
        {field('theme', t('settings.theme'), choice(draft.theme, THEMES, (v) => t(`settings.themes.${v}`), (v) => set('theme', v)))}
        {field('document-language', t('settings.documentLanguage'), choice(draft.documentLanguage, LANGUAGES, (v) => t(`settings.documentLanguages.${v}`), (v) => set('documentLanguage', v)))}
        {field('autosave', t('settings.autosaveSeconds'), number(draft.autosaveSeconds, (n) => set('autosaveSeconds', n), 1, 600))}
        {field('export-folder', t('settings.exportFolder'), (controlId) => (
          <input id={controlId} value={draft.exportFolder ?? ''} onChange={(e) => set('exportFolder', e.target.value.trim() === '' ? null : e.target.value)} />
        ), t('settings.exportFolderHint'))}
        <label className="settings-field">
          <input type="checkbox" data-testid="word-comments" checked={draft.wordComments} onChange={(e) => set('wordComments', e.target.checked)} />
          {t('settings.wordComments')}
        </label>

        <fieldset className="settings-agency">
          <legend>{t('settings.agency')}</legend>
          {field('profile', t('settings.checkProfile'), choice(draft.agency.checkProfile, CHECK_PROFILES, (v) => t(`settings.profiles.${v}`), (v) => setAgency('checkProfile', v)))}
          <div className="settings-field" role="group" aria-labelledby={`${id}-glyphs`}>
            <span id={`${id}-glyphs`}>{t('settings.glyphs')}</span>
            <span className="settings-glyphs">
              {draft.agency.glyphs.map((glyph, level) => (
                <input
                  key={level}
                  aria-label={t('settings.glyphLevel', { level: level + 1 })}
                  value={glyph}
                  maxLength={2}
                  onChange={(e) => setAgency('glyphs', draft.agency.glyphs.map((g, i) => (i === level ? e.target.value : g)) as AgencyProfile['glyphs'])}
                />
              ))}
            </span>
          </div>
          {field('title-font', t('settings.titleFont'), (controlId) => (
            <input id={controlId} value={draft.agency.fonts.title} onChange={(e) => setAgency('fonts', { ...draft.agency.fonts, title: e.target.value })} />
          ))}
          {field('body-font', t('settings.bodyFont'), (controlId) => (
            <input id={controlId} value={draft.agency.fonts.body} onChange={(e) => setAgency('fonts', { ...draft.agency.fonts, body: e.target.value })} />
          ))}
          {field('title-chars', t('settings.titleMaxChars'), number(draft.agency.titleMaxChars, (n) => setAgency('titleMaxChars', n), 10, 200))}
          {field('title-lines', t('settings.titleMaxLines'), number(draft.agency.titleMaxLines, (n) => setAgency('titleMaxLines', n), 1, 5))}
          {field('body-style', t('settings.bodyStyle'), choice(draft.agency.bodyStyle, BODY_STYLES, (v) => t(`settings.bodyStyles.${v}`), (v) => setAgency('bodyStyle', v)))}
        </fieldset>

        {error && (
          <p className="settings-error" role="alert">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            {t('settings.cancel')}
          </button>
          <button type="submit" className="primary" data-action="save-settings">
            {t('settings.save')}
          </button>
        </div>
      </form>
    </div>
  );
}
