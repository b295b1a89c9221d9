import { useTranslation } from 'react-i18next';
import type { CopyFormat } from './useExport';
import './io.css';

export type IoActions = {
  startImport: () => void;
  showPreview: () => void;
  copyAs: (format: CopyFormat) => void;
};

/** Toolbar entries for import, the HTML preview and the two clipboard copies (also in the native menu). */
export function IoTools({ actions, confirmation }: { actions: IoActions; confirmation: string | null }) {
  const { t } = useTranslation();
  const keepEditorFocus = (event: React.MouseEvent) => event.preventDefault();
  const tool = (action: string, label: string, run: () => void) => (
    <button type="button" className="tool text" data-action={action} onMouseDown={keepEditorFocus} onClick={run}>
      {label}
    </button>
  );
  return (
    <div className="tool-group" role="group" aria-label={t('io.group')}>
      {tool('import', t('io.import'), actions.startImport)}
      {tool('preview-html', t('io.preview'), actions.showPreview)}
      {tool('copy-text', t('io.copyText'), () => actions.copyAs('txt'))}
      {tool('copy-html', t('io.copyHtml'), () => actions.copyAs('html'))}
      <span className="io-confirmation" role="status" data-testid="io-confirmation">
        {confirmation}
      </span>
    </div>
  );
}
