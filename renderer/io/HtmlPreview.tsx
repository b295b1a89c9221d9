import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './io.css';

type Props = { html: string; onExport: () => void; onClose: () => void };

/**
 * The export's page, with its <style> taken out: a srcdoc frame inherits the app's
 * Content-Security-Policy, which refuses inline styles. The same rules go in as a constructed
 * stylesheet instead (CSSOM, which the policy allows).
 */
function splitStyles(html: string): { page: string; css: string } {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const styles = [...parsed.querySelectorAll('style')];
  const css = styles.map((style) => style.textContent ?? '').join('\n');
  styles.forEach((style) => style.remove());
  return { page: `<!DOCTYPE html>\n${parsed.documentElement.outerHTML}`, css };
}

/**
 * The HTML export as it will be written, in a frame that runs nothing: no scripts, forms,
 * plugins, pop-ups or navigation. `allow-same-origin` (and nothing else) only lets this page
 * hand the frame its stylesheet.
 */
export function HtmlPreview({ html, onExport, onClose }: Props) {
  const { t } = useTranslation();
  const close = useRef<HTMLButtonElement>(null);
  const { page, css } = useMemo(() => splitStyles(html), [html]);
  useEffect(() => close.current?.focus(), []);

  const adoptStyles = (event: React.SyntheticEvent<HTMLIFrameElement>) => {
    const frameWindow = event.currentTarget.contentWindow as (Window & typeof globalThis) | null;
    const frameDocument = event.currentTarget.contentDocument;
    if (!frameWindow || !frameDocument) return;
    // Made in the frame's realm: a document adopts only its own realm's sheets.
    const sheet = new frameWindow.CSSStyleSheet();
    sheet.replaceSync(css);
    frameDocument.adoptedStyleSheets = [sheet];
  };

  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="modal io-preview" role="dialog" aria-modal="true" aria-labelledby="io-preview-title" data-testid="html-preview">
        <h2 id="io-preview-title">{t('io.previewTitle')}</h2>
        <iframe
          className="io-preview-frame"
          title={t('io.previewTitle')}
          sandbox="allow-same-origin"
          srcDoc={page}
          onLoad={adoptStyles}
          data-testid="html-preview-frame"
        />
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
