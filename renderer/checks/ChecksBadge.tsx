/** The status bar's house-style counts; a click opens the checks panel. */
import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import { SeverityCounts } from './SeverityCounts';
import { useFindings } from './useFindings';

export function ChecksBadge({ editor, onOpen }: { editor: Editor; onOpen: () => void }) {
  const { t } = useTranslation();
  const { counts } = useFindings(editor);
  return (
    <button type="button" className="checks-badge" data-testid="checks-badge" onClick={onOpen} title={t('checks.badge', counts)}>
      <SeverityCounts counts={counts} />
    </button>
  );
}
