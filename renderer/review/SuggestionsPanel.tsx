/**
 * Pending suggestions, one card per suggestion with its author: accept or reject it, or all of
 * them at once. The list is derived from the document only after typing pauses (it walks the
 * whole document), never per keystroke.
 */
import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import { countPendingSuggestions, pendingSuggestions, type Suggestion } from '../../shared/review/suggestions';
import { documentGlyphs } from '../../shared/schema/docAttrs';
import { useDerivedFromDocument } from '../app/useDerived';
import { registerPendingSuggestionCounter } from '../io/pendingSuggestions';
import './suggestions.css';

registerPendingSuggestionCounter(countPendingSuggestions);

export function SuggestionsPanel({ editor, readOnly }: { editor: Editor; readOnly: boolean }) {
  const { t } = useTranslation();
  const suggestions = useDerivedFromDocument(editor, pendingSuggestions);
  // A level as the page shows it: the item's glyph, else the paragraph or the level's number.
  const levelName = (kind: string, level: number) => {
    if (kind === 'paragraph') return t('review.suggestionParagraph');
    const glyph = kind === 'item' ? documentGlyphs(editor.state.doc.attrs)[level - 1] : undefined;
    return glyph ?? t('review.level', { level });
  };
  const describe = (s: Suggestion) =>
    [
      s.level &&
        t('review.suggestionLevel', { from: levelName(s.level.previousKind, s.level.previousLevel), to: levelName(s.level.kind, s.level.level) }),
      s.inserted && t('review.suggestionInsert', { text: s.inserted }),
      s.deleted && t('review.suggestionDelete', { text: s.deleted }),
    ]
      .filter(Boolean)
      .join(' · ') || t('review.suggestionChange');

  return (
    <section className="suggestions" data-testid="suggestions">
      <div className="suggestions-all">
        <button type="button" data-action="accept-all" disabled={readOnly || suggestions.length === 0} onClick={() => editor.commands.acceptSuggestions()}>
          {t('review.acceptAll')}
        </button>
        <button type="button" data-action="reject-all" disabled={readOnly || suggestions.length === 0} onClick={() => editor.commands.rejectSuggestions()}>
          {t('review.rejectAll')}
        </button>
      </div>
      {suggestions.length === 0 && <p className="muted">{t('review.suggestionsNone')}</p>}
      <ul className="suggestion-list">
        {suggestions.map((s) => (
          <li key={s.id} className="suggestion-card" data-suggestion-id={s.id}>
            <button type="button" className="link suggestion-text" onClick={() => editor.chain().setTextSelection(s.from).scrollIntoView().run()}>
              {describe(s)}
            </button>
            <span className="suggestion-author">{s.author ?? t('review.suggestionUnknown')}</span>
            <span className="suggestion-actions">
              <button type="button" data-action="accept" disabled={readOnly} onClick={() => editor.commands.acceptSuggestions(s.id)}>
                {t('review.accept')}
              </button>
              <button type="button" data-action="reject" disabled={readOnly} onClick={() => editor.commands.rejectSuggestions(s.id)}>
                {t('review.reject')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
