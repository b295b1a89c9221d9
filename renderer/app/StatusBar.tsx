import type { ReactNode } from 'react';
import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import { countDocument, sameCounts } from '../panels/derive';
import { useDerivedFromDocument } from './useDerived';

/** `children`: indicators other features put in the bar (the house-style counts). */
type Props = { editor: Editor; dirty: boolean; path: string | null; canUseFiles: boolean; children?: ReactNode };

export function StatusBar({ editor, dirty, path, canUseFiles, children }: Props) {
  const { t } = useTranslation();
  const counts = useDerivedFromDocument(editor, countDocument, sameCounts);
  const state = !canUseFiles
    ? t('status.inMemory')
    : dirty
      ? t('status.unsaved')
      : path
        ? t('status.saved')
        : t('status.neverSaved');
  return (
    <footer className="status-bar" aria-live="polite">
      <span data-testid="count-characters">{t('status.characters', { count: counts.characters })}</span>
      <span data-testid="count-words">{t('status.words', { count: counts.words })}</span>
      <span data-testid="count-pages">{t('status.pages', { count: counts.pages })}</span>
      {children}
      <span className="spacer" />
      {path && <span className="status-path" title={path}>{path}</span>}
      <span className="status-state" data-testid="document-state" data-dirty={dirty}>
        <span className="dirty-dot" aria-hidden="true" />
        {state}
      </span>
    </footer>
  );
}
