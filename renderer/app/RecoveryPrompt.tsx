import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodoBridge, Recoverable } from '../../shared/bridge/contract';

type Props = { host: BodoBridge; restore: (documentId: string) => Promise<void> };

/** Offers, once at start, the unsaved documents an earlier run left in the recovery journal. */
export function RecoveryPrompt({ host, restore }: Props) {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState<Recoverable[]>([]);
  const [later, setLater] = useState(false);

  useEffect(() => {
    let live = true;
    void host.invoke('listRecoverable', {}).then((found) => live && setEntries(found));
    return () => {
      live = false;
    };
  }, [host]);

  if (entries.length === 0 || later) return null;
  const settle = (documentId: string) => setEntries((all) => all.filter((entry) => entry.documentId !== documentId));
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section className="recovery" aria-labelledby="recovery-title" data-testid="recovery">
      <h2 id="recovery-title">{t('recovery.title', { count: entries.length })}</h2>
      <ul>
        {entries.map((entry) => (
          <li key={entry.documentId} data-document-id={entry.documentId}>
            <div className="recovery-text">
              <strong>{entry.title || t('app.untitled')}</strong>
              <span className="recovery-meta">
                {entry.path ?? t('recovery.untitledFile')} · {when(entry.savedAt)}
              </span>
              <span className="recovery-preview">{entry.preview}</span>
            </div>
            <button
              type="button"
              className="primary"
              data-action="restore"
              onClick={() => {
                settle(entry.documentId);
                void restore(entry.documentId);
              }}
            >
              {t('recovery.restore')}
            </button>
            <button
              type="button"
              data-action="discard"
              onClick={() => {
                settle(entry.documentId);
                void host.invoke('discardRecoverable', { documentId: entry.documentId });
              }}
            >
              {t('recovery.discard')}
            </button>
          </li>
        ))}
      </ul>
      {/* Out of the way for now; the journal keeps them, offered again at the next start. */}
      <button type="button" data-action="later" onClick={() => setLater(true)}>
        {t('recovery.later')}
      </button>
    </section>
  );
}
