import { useTranslation } from 'react-i18next';
import type { ShownReport } from './readImport';
import './io.css';

type Props = { report: ShownReport; onDismiss: () => void };

/** What the importer recognised in the file just imported, so the user knows what to check. */
export function ImportReportPanel({ report, onDismiss }: Props) {
  const { t } = useTranslation();
  const { counts, header } = report;
  const headerParts = (['kindLabel', 'agency', 'embargo', 'distributed', 'title'] as const).filter((part) => header[part]);
  const rows: [string, number][] = [
    ['□', counts.items[0]],
    ['ㅇ', counts.items[1]],
    ['-', counts.items[2]],
    ['·', counts.items[3]],
    [t('io.report.paragraphs'), counts.paragraphs],
    [t('io.report.headings'), counts.headings],
    [t('io.report.notes'), counts.notes],
    [t('io.report.remarks'), counts.remarks],
    [t('io.report.tables'), counts.tables],
    [t('io.report.attachments'), counts.attachments],
    [t('io.report.contacts'), counts.contacts],
  ];
  return (
    <section className="io-report" role="status" aria-labelledby="io-report-title" data-testid="import-report">
      <h2 id="io-report-title">{t('io.report.title', { name: report.name })}</h2>
      <p>
        {headerParts.length > 0 ? headerParts.map((part) => t(`io.report.header.${part}`)).join(', ') : t('io.report.noHeader')}
        {' · '}
        {t('io.report.subtitles', { count: header.subtitles })}
      </p>
      <dl className="io-report-counts">
        {rows
          .filter(([, count]) => count > 0)
          .map(([label, count]) => (
            <div key={label} data-count={label}>
              <dt>{label}</dt>
              <dd>{count}</dd>
            </div>
          ))}
      </dl>
      <p data-testid="import-plain-lines">{t('io.report.plainLines', { count: report.plainLines })}</p>
      {report.navigation.length > 0 && (
        <details>
          <summary data-testid="import-navigation">{t('io.report.navigation', { count: report.navigation.length })}</summary>
          <ul>
            {report.navigation.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" data-action="dismiss-import-report" onClick={onDismiss}>
        {t('notice.dismiss')}
      </button>
    </section>
  );
}
