import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Anchor } from '../../shared/review/anchors';
import { shortTime } from '../../shared/review/report';
import type { CommentEntry, Thread } from '../../shared/review/threads';

export type ThreadActions = {
  select: (thread: Thread) => void;
  reply: (thread: Thread, text: string) => void;
  edit: (thread: Thread, entry: CommentEntry, text: string) => void;
  remove: (thread: Thread, entry: CommentEntry) => void;
  resolve: (thread: Thread) => void;
  reopen: (thread: Thread) => void;
};

type Props = {
  thread: Thread;
  anchor: Anchor | undefined;
  /** Where the card sits in the comment margin (level with its text); none in the "text removed" list. */
  top?: number;
  active: boolean;
  author: string;
  actions: ThreadActions;
};

/** A text box with Save and Cancel: replies and edits. Ctrl/⌘+Enter saves. */
export function EntryForm({ initial, label, onSave, onCancel, autoFocus }: {
  initial: string;
  label: string;
  onSave: (text: string) => void;
  onCancel?: () => void;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const save = () => {
    if (text.trim()) onSave(text.trim());
    setText('');
  };
  return (
    <form
      className="entry-form"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <textarea
        aria-label={label}
        placeholder={label}
        autoFocus={autoFocus}
        value={text}
        rows={2}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            save();
          } else if (event.key === 'Escape') onCancel?.();
        }}
      />
      <div className="entry-actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('review.cancel')}
          </button>
        )}
        <button type="submit" className="primary" disabled={!text.trim()}>
          {t('review.save')}
        </button>
      </div>
    </form>
  );
}

export function ThreadCard({ thread, anchor, top, active, author, actions }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const removed = anchor === undefined;
  return (
    <li
      className="thread"
      data-thread-id={thread.id}
      data-active={active}
      data-resolved={thread.resolved !== null}
      data-removed={removed}
      style={top === undefined ? undefined : { top }}
      onClick={() => actions.select(thread)}
    >
      <blockquote className="thread-quote">{anchor?.text ?? thread.quote}</blockquote>
      {removed && <p className="thread-removed">{t('review.textRemoved')}</p>}
      <ol className="thread-entries">
        {thread.entries.map((entry) => (
          <li key={entry.id} className="thread-entry" data-entry-id={entry.id}>
            <div className="entry-head">
              <span className="entry-author">{entry.author}</span>
              <time dateTime={entry.time}>{shortTime(entry.time)}</time>
              {entry.edited && <span className="entry-edited">{t('review.edited')}</span>}
            </div>
            {editing === entry.id ? (
              <EntryForm
                initial={entry.text}
                label={t('review.editEntry')}
                onSave={(text) => {
                  actions.edit(thread, entry, text);
                  setEditing(null);
                }}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <p className="entry-text">{entry.text}</p>
            )}
            {entry.author === author && editing !== entry.id && (
              <div className="entry-own">
                <button type="button" className="link" onClick={() => setEditing(entry.id)}>
                  {t('review.edit')}
                </button>
                <button type="button" className="link" onClick={() => actions.remove(thread, entry)}>
                  {t('review.delete')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {thread.resolved ? (
        <div className="thread-footer">
          <span className="thread-resolved">{t('review.resolvedBy', { name: thread.resolved.by, time: shortTime(thread.resolved.time) })}</span>
          <button type="button" onClick={() => actions.reopen(thread)}>
            {t('review.reopen')}
          </button>
        </div>
      ) : (
        active && (
          <div className="thread-footer">
            <EntryForm initial="" label={t('review.reply')} onSave={(text) => actions.reply(thread, text)} />
            <button type="button" onClick={() => actions.resolve(thread)}>
              {t('review.resolve')}
            </button>
          </div>
        )
      )}
    </li>
  );
}
