/** Findings counted by severity (and silenced), as the panel and the status bar badge show them. */
import { useTranslation } from 'react-i18next';
import type { FindingCounts } from './findings';

const SEVERITIES = ['error', 'warning', 'info'] as const;

export function SeverityCounts({ counts, withSilenced = false }: { counts: FindingCounts; withSilenced?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="checks-counts">
      {SEVERITIES.map((severity) => (
        <span key={severity} className={`checks-count check-${severity}`} data-severity={severity} data-count={counts[severity]}>
          {t(`checks.${severity}`, { count: counts[severity] })}
        </span>
      ))}
      {withSilenced && counts.silenced > 0 && (
        <span className="checks-count checks-silenced" data-severity="silenced" data-count={counts.silenced}>
          {t('checks.silencedCount', { count: counts.silenced })}
        </span>
      )}
    </span>
  );
}
