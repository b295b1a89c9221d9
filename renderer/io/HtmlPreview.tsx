import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './io.css';

type Props = { html: string; onExport: () => void; onClose: () => void };

/**
 * The HTML export as it will be written, in a frame that runs nothing and reaches nothing
 * (`sandbox=""`: no scripts, no forms, no navigation, an origin of its own).
 */
export function HtmlPreview({ html, onExport, onClose }: Props) {
  const { t } = useTranslation();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="modal io-preview" role="dialog" aria-modal="true" aria-labelledby="io-preview-title" data-testid="html-preview">
        <h2 id="io-preview-title">{t('io.previewTitle')}</h2>
        <iframe className="io-preview-frame" title={t('io.previewTitle')} sandbox="" srcDoc={html} data-testid="html-preview-frame" />
        <div className="modal-actions">
          <button type="button" ref={close} data-choice="close" onClick={onClose}>
            {t('io.close')}
          </button>
          <button type="button" className="primary" data-choice="export" onClick={onExport}>
            {t('io.exportHtml')}
          </button>
        </div>
      </div>
    </div>
  );
}
