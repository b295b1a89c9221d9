import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { useTranslation } from 'react-i18next';
import { outlineOf, sameOutline } from '../panels/derive';
import { useDerivedFromDocument } from './useDerived';

/** Headings and level-1 blocks; a click puts the cursor in that block and scrolls to it. */
export function OutlinePanel({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const entries = useDerivedFromDocument(editor, outlineOf, sameOutline);

  const jumpTo = (index: number) => {
    // The list may be a few keystrokes old: find the entry again in the current document.
    const entry = outlineOf(editor.state.doc)[index];
    if (!entry) return;
    const { state, view } = editor;
    const inside = TextSelection.near(state.doc.resolve(entry.pos + 1));
    view.dispatch(state.tr.setSelection(inside));
    const dom = view.nodeDOM(entry.pos);
    if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'start', behavior: 'smooth' });
    view.focus();
  };

  return (
    <nav className="outline" aria-label={t('outline.title')}>
      <h2 className="panel-title">{t('outline.title')}</h2>
      {entries.length === 0 ? (
        <p className="outline-empty">{t('outline.empty')}</p>
      ) : (
        <ol>
          {entries.map((entry, index) => (
            <li key={index} className={`outline-${entry.kind}`}>
              <button type="button" data-outline-kind={entry.kind} onClick={() => jumpTo(index)}>
                {entry.text || (entry.kind === 'title' ? t('outline.documentTitle') : '…')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
