/**
 * The review side panel: who is reviewing, the mode (Editing / Suggesting / Viewing), the approval status
 * with its history, comment threads, versions, and the review report export. Final and Viewing
 * make the page read-only; comments stay possible in both.
 */
import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { useTranslation } from 'react-i18next';
import type { BodoBridge } from '../../shared/bridge/contract';
import { commentAnchors } from '../../shared/review/anchors';
import { reviewReportHtml, reviewReportText, shortTime } from '../../shared/review/report';
import { changeStatus, currentStatus, isLocked, nextStatuses, type ReviewStatus } from '../../shared/review/status';
import { documentLanguage } from '../../shared/schema';
import { isSuggesting } from '../../shared/schema/suggestChanges';
import type { BodoDocument } from '../../shared/document/envelope';
import { baseNameOf, type Session } from '../app/useDocumentFile';
import { setAuthorName, signature, useAuthorName } from './author';
import { CommentsPanel } from './CommentsPanel';
import { SuggestionsPanel } from './SuggestionsPanel';
import { useReview } from './useReview';
import { useSuggestionRefusals } from './useSuggestionRefusals';
import { VersionsPanel } from './VersionsPanel';
import './review.css';

function titleOf(doc: PMNode): string {
  let title = '';
  doc.forEach((part) => {
    if (part.type.name === 'title') title = part.textContent;
  });
  return title;
}

export const REVIEW_MODES = ['editing', 'suggesting', 'viewing'] as const;
export type ReviewMode = (typeof REVIEW_MODES)[number];

type Props = {
  editor: Editor;
  host: BodoBridge;
  document: BodoDocument;
  setSession: (update: (previous: Session) => Session) => void;
  notify: (message: string) => void;
};

function AuthorField({ author, asking, onDone }: { author: string; asking: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(author);
  if (!asking) return null;
  return (
    <form
      className="author-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!draft.trim()) return;
        setAuthorName(draft);
        onDone();
      }}
    >
      <label>
        {t('review.authorPrompt')}
        <input autoFocus data-testid="author-name" value={draft} onChange={(e) => setDraft(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={!draft.trim()}>
        {t('review.save')}
      </button>
    </form>
  );
}

export function ReviewPanel({ editor, host, document, setSession, notify }: Props) {
  const { t } = useTranslation();
  const review = useReview(document, setSession);
  const author = useAuthorName();
  const [askingAuthor, setAskingAuthor] = useState(false);
  const [tab, setTab] = useState<'comments' | 'suggestions' | 'versions'>('comments');
  const [mode, setMode] = useState<ReviewMode>('editing');
  const [showHistory, setShowHistory] = useState(false);
  const status = currentStatus(review.statusHistory);
  const locked = isLocked(review.statusHistory);
  useSuggestionRefusals(editor, notify);

  // Not an edit: no update event (the document is not dirty for it).
  useEffect(() => {
    if (editor.isDestroyed) return;
    const editable = !locked && mode !== 'viewing';
    if (editor.isEditable !== editable) editor.setEditable(editable, false);
    // Said on every mount: only a change is a transaction (and a redraw of the page).
    if (isSuggesting(editor.state) !== (mode === 'suggesting')) editor.commands.setSuggesting(mode === 'suggesting');
  }, [editor, locked, mode]);

  const askAuthor = () => setAskingAuthor(true);

  const setStatus = (next: ReviewStatus) => {
    if (!author) return askAuthor();
    review.updateStatus((history) => changeStatus(history, next, signature()));
  };

  const exportReport = async (format: 'html' | 'txt') => {
    const doc = editor.state.doc;
    const input = {
      title: titleOf(doc),
      threads: review.threads,
      anchors: commentAnchors(doc),
      language: documentLanguage(doc.attrs),
    };
    const result = await host.invoke('exportFile', {
      format,
      suggestedName: `${baseNameOf(doc, t('app.untitled'))} ${t('review.reportName')}.${format}`,
      data: format === 'html' ? reviewReportHtml(input) : reviewReportText(input),
    });
    if (!result.ok && !('canceled' in result)) notify(t('file.exportFailed', { reason: result.message }));
  };

  return (
    <aside className="review-panel" aria-label={t('review.title')} data-mode={mode} data-status={status}>
      <div className="review-head">
        <div className="review-author">
          {author ? (
            <>
              <span className="muted">{t('review.as')}</span> <strong data-testid="author">{author}</strong>{' '}
              <button type="button" className="link" data-action="change-author" onClick={askAuthor}>
                {t('review.changeAuthor')}
              </button>
            </>
          ) : (
            <button type="button" className="link" data-action="change-author" onClick={askAuthor}>
              {t('review.setAuthor')}
            </button>
          )}
        </div>
        <AuthorField key={String(askingAuthor)} author={author} asking={askingAuthor} onDone={() => setAskingAuthor(false)} />
        <div className="review-mode" role="radiogroup" aria-label={t('review.mode')}>
          {REVIEW_MODES.map((m) => (
            <button key={m} type="button" role="radio" aria-checked={mode === m} data-mode={m} disabled={locked && m !== 'viewing'} onClick={() => setMode(m)}>
              {t(`review.mode_${m}`)}
            </button>
          ))}
        </div>
        <div className="review-status">
          <span className={`status-badge status-${status}`} data-testid="review-status">
            {t(`review.status_${status}`)}
          </span>
          {nextStatuses(status).map((next) => (
            <button key={next} type="button" data-status-to={next} onClick={() => setStatus(next)}>
              {locked ? t('review.reopen') : t('review.statusTo', { status: t(`review.status_${next}`) })}
            </button>
          ))}
          <button type="button" className="link" aria-expanded={showHistory} onClick={() => setShowHistory(!showHistory)}>
            {t('review.history')}
          </button>
        </div>
        {locked && <p className="review-locked" role="note">{t('review.lockedNote')}</p>}
        {showHistory && (
          <ol className="status-history" data-testid="status-history">
            {review.statusHistory.length === 0 && <li className="muted">{t('review.noHistory')}</li>}
            {review.statusHistory.map((change, i) => (
              <li key={i}>
                {t(change.reopened ? 'review.historyReopened' : 'review.historyEntry', {
                  status: t(`review.status_${change.status}`),
                  name: change.by,
                  time: shortTime(change.time),
                })}
              </li>
            ))}
          </ol>
        )}
        <div className="review-tabs">
          {/* A tablist holds only tabs (ARIA): the report menu sits beside it. */}
          <div className="review-tablist" role="tablist">
            {(['comments', 'suggestions', 'versions'] as const).map((name) => (
              <button key={name} type="button" role="tab" aria-selected={tab === name} data-tab={name} onClick={() => setTab(name)}>
                {t(`review.${name}`)}
              </button>
            ))}
          </div>
          <select
            aria-label={t('review.exportReport')}
            data-action="export-report"
            disabled={!host.canUseFiles}
            value=""
            onChange={(e) => void exportReport(e.target.value as 'html' | 'txt')}
          >
            <option value="" disabled>
              {t('review.exportReport')}
            </option>
            <option value="html">{t('review.reportHtml')}</option>
            <option value="txt">{t('review.reportText')}</option>
          </select>
        </div>
      </div>
      {/* Both stay mounted: the comment highlights in the page belong to the comments panel. */}
      <div className="review-comments-tab" hidden={tab !== 'comments'}>
        <CommentsPanel editor={editor} review={review} author={author} askAuthor={askAuthor} />
      </div>
      <div hidden={tab !== 'suggestions'}>
        <SuggestionsPanel editor={editor} readOnly={locked || mode === 'viewing'} />
      </div>
      <div hidden={tab !== 'versions'}>
        <VersionsPanel editor={editor} review={review} author={author} askAuthor={askAuthor} />
      </div>
    </aside>
  );
}
