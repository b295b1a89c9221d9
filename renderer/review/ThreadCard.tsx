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
  unsaved: UnsavedText;
};

/**
 * Words typed in a form and not saved yet, by form (`new:`, `reply:` or `edit:` and the ids).
 * Kept by the comments panel, not the card: a card whose text scrolls far off or that stops
 * being the active one is not drawn, and the words must be there when it comes back.
 */
export type UnsavedText = Map<string, string>;

/** A text box with Save and Cancel: new comments, replies and edits. Ctrl/⌘+Enter saves. */
export function EntryForm({ initial, label, onSave, onCancel, autoFocus, unsaved, unsavedKey }: {
  initial: string;
  label: string;
  onSave: (text: string) => void;
  onCancel?: () => void;
  autoFocus?: boolean;
  unsaved: UnsavedText;
  unsavedKey: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => unsaved.get(unsavedKey) ?? initial);
  const save = () => {
    if (text.trim()) onSave(text.trim());
    unsaved.delete(unsavedKey);
    setText('');
  };
  const cancel =
    onCancel &&
    (() => {
      unsaved.delete(unsavedKey);
      onCancel();
    });
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
        onChange={(event) => {
          setText(event.target.value);
          unsaved.set(unsavedKey, event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            save();
          } else if (event.key === 'Escape') cancel?.();
        }}
      />
      <div className="entry-actions">
        {cancel && (
          <button type="button" onClick={cancel}>
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

const editKey = (thread: Thread, entry: CommentEntry) => `edit:${thread.id}:${entry.id}`;

export function ThreadCard({ thread, anchor, top, active, author, actions, unsaved }: Props) {
  const { t } = useTranslation();
  // An edit left unsaved when the card went out of the margin is still open when it comes back.
  const [editing, setEditing] = useState<string | null>(() => thread.entries.find((entry) => unsaved.has(editKey(thread, entry)))?.id ?? null);
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
                unsaved={unsaved}
                unsavedKey={editKey(thread, entry)}
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
            <EntryForm initial="" label={t('review.reply')} unsaved={unsaved} unsavedKey={`reply:${thread.id}`} onSave={(text) => actions.reply(thread, text)} />
            <button type="button" onClick={() => actions.resolve(thread)}>
              {t('review.resolve')}
            </button>
          </div>
        )
      )}
    </li>
  );
}
