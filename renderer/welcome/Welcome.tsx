/**
 * The start page, shown on first run and from Help ▸ Welcome: a new document from each
 * template, Open…, the recent files with their titles and dates, and the sample release.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodoBridge, RecentFile } from '../../shared/bridge/contract';
import type { BodoDocument } from '../../shared/document/envelope';
import { TEMPLATES, type TemplateId } from '../../shared/document/templates';
import { useDialogFocus } from '../settings/useDialogFocus';
import './welcome.css';

type Props = {
  host: BodoBridge;
  startNew(template: TemplateId): void;
  open(): void;
  openPath(path: string): void;
  openDocument(document: BodoDocument): void;
  notify(message: string): void;
  onClose(): void;
};

export function Welcome({ host, startNew, open, openPath, openDocument, notify, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const panel = useDialogFocus<HTMLElement>(onClose);
  const id = useId();

  useEffect(() => {
    if (host.canUseFiles) void host.invoke('listRecent', {}).then(setRecent);
  }, [host]);

  /** Every choice leaves the start page for the editor. */
  const then = (action: () => void) => () => {
    onClose();
    action();
  };
  const openSample = async () => {
    onClose();
    try {
      // Loaded on demand: the sample and the converter stay out of the start-up bundle.
      const { sampleDocument } = await import('./sample');
      openDocument(sampleDocument(new Date()));
    } catch (error) {
      notify(t('welcome.sampleFailed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <div className="modal-backdrop welcome-backdrop">
      <section ref={panel} className="modal welcome" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} data-testid="welcome">
        <h2 id={`${id}-title`}>{t('welcome.title')}</h2>
        <p>{t('welcome.lead')}</p>
        <div className="welcome-columns">
          <div>
            <h3>{t('welcome.start')}</h3>
            <ul className="welcome-list">
              {TEMPLATES.map((template) => (
                <li key={template.id}>
                  <button type="button" data-welcome="new" data-template={template.id} onClick={then(() => startNew(template.id))}>
                    {t('welcome.newFrom', { template: t(`template.${template.id}`) })}
                  </button>
                </li>
              ))}
              <li>
                <button type="button" data-welcome="open" disabled={!host.canUseFiles} onClick={then(open)}>
                  {t('welcome.openFile')}
                </button>
              </li>
              <li>
                <button type="button" data-welcome="sample" aria-describedby={`${id}-sample`} onClick={() => void openSample()}>
                  {t('welcome.sample')}
                </button>
                <span id={`${id}-sample`} className="welcome-hint">
                  {t('welcome.sampleHint')}
                </span>
              </li>
            </ul>
          </div>
          <div>
            <h3>{t('welcome.recent')}</h3>
            {recent.length === 0 ? (
              <p className="welcome-hint">{t('welcome.noRecent')}</p>
            ) : (
              <ul className="welcome-list" data-testid="welcome-recent">
                {recent.map((file) => (
                  <li key={file.path}>
                    <button type="button" data-welcome="recent" title={file.path} onClick={then(() => openPath(file.path))}>
                      <span className="welcome-recent-title">{file.title}</span>
                      <span className="welcome-hint">{t('welcome.openedAt', { date: date(file.openedAt) })}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
        <div className="modal-actions">
          <button type="button" className="primary" data-welcome="close" onClick={onClose}>
            {t('welcome.close')}
          </button>
        </div>
      </section>
    </div>
  );
}
