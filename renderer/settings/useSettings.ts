/**
 * The settings as the renderer uses them: read once from the host (`getSettings`), applied to
 * the page (interface language, theme, the name comments are signed with) and written back through `setSettings`.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodoBridge } from '../../shared/bridge/contract';
import { uiLanguageFor } from '../../shared/i18n';
import { DEFAULT_SETTINGS, type Settings, type Theme } from '../../shared/settings/schema';
import { followSettings } from '../review/author';
import './theme.css';

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

/** `system` follows the operating system, now and when it changes. */
function useTheme(theme: Theme): void {
  useEffect(() => {
    const apply = () => {
      const dark = theme === 'dark' || (theme === 'system' && darkQuery().matches);
      document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    };
    apply();
    if (theme !== 'system') return;
    const query = darkQuery();
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, [theme]);
}

export type SettingsState = {
  settings: Settings;
  /** False until the host answered: the first-run start page waits for it. */
  loaded: boolean;
  /** Why the stored settings could not be used (the defaults stand in), until dismissed. */
  problem: string | null;
  dismissProblem(): void;
  /** Store new settings; resolves to an error message, or null when stored. */
  save(next: Settings): Promise<string | null>;
};

export function useSettings(host: BodoBridge): SettingsState {
  const { i18n } = useTranslation();
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void host.invoke('getSettings', {}).then((answer) => {
      if (!current) return;
      // A damaged file is no first run: the start page is not shown again for it.
      setSettings(answer.problem ? { ...answer.settings, welcomeSeen: true } : answer.settings);
      setProblem(answer.problem ?? null);
      setLoaded(true);
    });
    return () => {
      current = false;
    };
  }, [host]);

  useTheme(settings.theme);
  useEffect(() => {
    const language = settings.uiLanguage === 'system' ? uiLanguageFor(navigator.languages) : settings.uiLanguage;
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [settings.uiLanguage, i18n]);

  const save = useCallback(
    async (next: Settings) => {
      const answer = await host.invoke('setSettings', { settings: next });
      if (!answer.ok) return answer.message;
      setSettings(answer.settings);
      return null;
    },
    [host],
  );

  // The review signs with this name; a name given in the review panel is stored here too.
  useEffect(() => followSettings(settings.authorName, (authorName) => void save({ ...settings, authorName })), [settings, save]);

  return { settings, loaded, problem, dismissProblem: () => setProblem(null), save };
}
