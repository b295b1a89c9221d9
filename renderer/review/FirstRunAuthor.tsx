/**
 * First run asks once for the name the review signs with, prefilled with the system's user
 * name, after the start page. Stored in the settings; "Later" leaves it to the review panel or
 * the settings. Only a first run (no settings yet) with no author name asks.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodoBridge } from '../../shared/bridge/contract';
import type { Settings } from '../../shared/settings/schema';
import { useDialogFocus } from '../settings/useDialogFocus';
import { setAuthorName } from './author';

type Props = {
  host: BodoBridge;
  loaded: boolean;
  settings: Settings;
  /** Another panel (the start page) is open: ask once it is closed. */
  waiting: boolean;
};

export function FirstRunAuthor({ host, loaded, settings, waiting }: Props) {
  /** The suggested name while the question is open; null before, after, or when not asking. */
  const [suggested, setSuggested] = useState<string | null>(null);
  const [decided, setDecided] = useState(false);

  // Decided once, from the settings as first read: later saves (the start page's) do not count.
  useEffect(() => {
    if (!loaded || decided) return;
    setDecided(true);
    if (settings.welcomeSeen || settings.authorName !== '') return;
    void host.invoke('systemUserName', {}).then(({ name }) => setSuggested(name));
  }, [host, loaded, decided, settings]);

  if (suggested === null || waiting) return null;
  return <AuthorQuestion suggested={suggested} onClose={() => setSuggested(null)} />;
}

function AuthorQuestion({ suggested, onClose }: { suggested: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(suggested);
  const panel = useDialogFocus<HTMLFormElement>(onClose);
  const id = useId();
  return (
    <div className="modal-backdrop">
      <form
        ref={panel}
        className="modal first-run-author"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        data-testid="first-run-author"
        onSubmit={(event) => {
          event.preventDefault();
          if (!draft.trim()) return;
          setAuthorName(draft);
          onClose();
        }}
      >
        <h2 id={`${id}-title`}>{t('review.firstRunTitle')}</h2>
        <p id={`${id}-body`}>{t('review.firstRunBody')}</p>
        <label className="settings-field">
          {t('review.authorPrompt')}
          <input data-autofocus data-testid="first-run-author-name" value={draft} onChange={(e) => setDraft(e.target.value)} />
        </label>
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            {t('review.firstRunLater')}
          </button>
          <button type="submit" className="primary" disabled={!draft.trim()}>
            {t('review.save')}
          </button>
        </div>
      </form>
    </div>
  );
}
