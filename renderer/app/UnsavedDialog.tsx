import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

type Pending = { name: string; resolve: (choice: UnsavedChoice) => void };

/**
 * "Save changes?" as an in-page dialog rather than window.confirm, which cannot offer three
 * answers and which automated browsers dismiss silently.
 */
export function useUnsavedDialog(): { dialog: React.ReactNode; ask: (name: string) => Promise<UnsavedChoice> } {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending | null>(null);
  const saveButton = useRef<HTMLButtonElement>(null);

  const ask = useCallback((name: string) => new Promise<UnsavedChoice>((resolve) => setPending({ name, resolve })), []);
  const answer = (choice: UnsavedChoice) => {
    pending?.resolve(choice);
    setPending(null);
  };
  useEffect(() => saveButton.current?.focus(), [pending]);

  const dialog = pending && (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && answer('cancel')}>
      <div className="modal" role="alertdialog" aria-modal="true" aria-labelledby="unsaved-title" data-testid="unsaved-dialog">
        <h2 id="unsaved-title">{t('confirm.unsavedTitle')}</h2>
        <p>{t('confirm.unsavedBody', { name: pending.name })}</p>
        <div className="modal-actions">
          <button type="button" onClick={() => answer('discard')} data-choice="discard">
            {t('confirm.discard')}
          </button>
          <span className="spacer" />
          <button type="button" onClick={() => answer('cancel')} data-choice="cancel">
            {t('confirm.cancel')}
          </button>
          <button type="button" className="primary" ref={saveButton} onClick={() => answer('save')} data-choice="save">
            {t('confirm.save')}
          </button>
        </div>
      </div>
    </div>
  );
  return { dialog, ask };
}
