/**
 * Named versions kept inside the file: save one, and compare any two (or one with now) block by
 * block, with insertions, deletions and level changes shown inline.
 */
import { useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import { compareDocuments, type BlockChange } from '../../shared/review/compare';
import { shortTime } from '../../shared/review/report';
import type { Version } from '../../shared/review/versions';
import { signature } from './author';
import type { Review } from './useReview';

const NOW = 'now';

function ChangeRow({ change }: { change: BlockChange }) {
  const { t } = useTranslation();
  const { block } = change;
  const level = block.level > 0 ? t('review.level', { level: block.level }) : t(`review.kind_${block.kind}`);
  return (
    <li className={`change change-${change.status}`} data-status={change.status}>
      <span className="change-kind">
        {change.status === 'changed' && change.previousLevel !== block.level
          ? t('review.levelChange', { from: change.previousLevel || '–', to: block.level || '–' })
          : level}
      </span>
      <span className="change-text">
        {change.status === 'changed'
          ? change.parts.map((part, i) =>
              part.op === 'same' ? <span key={i}>{part.text}</span> : part.op === 'inserted' ? <ins key={i}>{part.text}</ins> : <del key={i}>{part.text}</del>,
            )
          : change.status === 'inserted'
            ? <ins>{block.text}</ins>
            : change.status === 'deleted'
              ? <del>{block.text}</del>
              : block.text}
      </span>
    </li>
  );
}

type Props = { editor: Editor; review: Review; author: string; askAuthor: () => void };

export function VersionsPanel({ editor, review, author, askAuthor }: Props) {
  const { t } = useTranslation();
  const { versions, updateVersions } = review;
  const [name, setName] = useState('');
  const [before, setBefore] = useState<string>('');
  const [after, setAfter] = useState<string>(NOW);
  const [showAll, setShowAll] = useState(false);
  // Compared on request (a button), so typing never recomputes a diff.
  const [changes, setChanges] = useState<BlockChange[] | null>(null);

  const save = (event: React.FormEvent) => {
    event.preventDefault();
    if (!author) return askAuthor();
    const version: Version = { id: crypto.randomUUID(), name: name.trim() || t('review.untitledVersion'), ...signature(), content: editor.getJSON() as Version['content'] };
    updateVersions((current) => [...current, version]);
    setName('');
    if (!before) setBefore(version.id);
  };

  const contentOf = (id: string) => (id === NOW ? (editor.getJSON() as Version['content']) : versions.find((v) => v.id === id)?.content);
  const compare = () => {
    const a = contentOf(before);
    const b = contentOf(after);
    setChanges(a && b ? compareDocuments(a, b) : null);
  };
  const shown = changes && (showAll ? changes : changes.filter((c) => c.status !== 'same'));

  const choices = (
    <>
      {[...versions].reverse().map((v) => (
        <option key={v.id} value={v.id}>
          {`${v.name} — ${v.author}, ${shortTime(v.time)}`}
        </option>
      ))}
      <option value={NOW}>{t('review.now')}</option>
    </>
  );

  return (
    <section className="versions" aria-label={t('review.versions')}>
      <form className="version-save" onSubmit={save}>
        <input aria-label={t('review.versionName')} placeholder={t('review.versionName')} value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="primary" data-action="save-version">
          {t('review.saveVersion')}
        </button>
      </form>
      {versions.length === 0 ? (
        <p className="comments-empty">{t('review.noVersions')}</p>
      ) : (
        <ol className="version-list">
          {[...versions].reverse().map((v) => (
            <li key={v.id} data-version-id={v.id}>
              <strong>{v.name}</strong> <span className="muted">{`${v.author}, ${shortTime(v.time)}`}</span>
            </li>
          ))}
        </ol>
      )}
      {versions.length > 0 && (
        <div className="version-compare">
          <label>
            {t('review.compareFrom')}
            <select data-action="compare-from" value={before} onChange={(e) => setBefore(e.target.value)}>
              <option value="" disabled>
                …
              </option>
              {choices}
            </select>
          </label>
          <label>
            {t('review.compareTo')}
            <select data-action="compare-to" value={after} onChange={(e) => setAfter(e.target.value)}>
              {choices}
            </select>
          </label>
          <button type="button" data-action="compare" disabled={!before} onClick={compare}>
            {t('review.compare')}
          </button>
          {shown && (
            <label className="muted">
              <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} /> {t('review.showUnchanged')}
            </label>
          )}
        </div>
      )}
      {shown &&
        (shown.length === 0 ? (
          <p className="comments-empty" data-testid="no-changes">{t('review.noChanges')}</p>
        ) : (
          <ol className="changes" data-testid="changes">
            {shown.map((change, i) => (
              <ChangeRow key={i} change={change} />
            ))}
          </ol>
        ))}
    </section>
  );
}
