/**
 * Comment threads beside the page, in document order: add a comment on the selection (or the
 * block at the cursor), reply, edit or delete one's own entries, resolve and reopen, filter,
 * and step through open comments. Anchors are derived once typing settles, never per keystroke.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { COMMENT_MARK, commentAnchors, type Anchor } from '../../shared/review/anchors';
import {
  addThread,
  deleteEntry,
  editEntry,
  matchesFilter,
  reopen,
  reply,
  resolve,
  THREAD_FILTERS,
  type ThreadFilter,
} from '../../shared/review/threads';
import { useDerivedFromDocument } from '../app/useDerived';
import { matchesShortcut, displayShortcut } from '../editor/shortcut';
import { signature } from './author';
import { registerCommentHighlight, setCommentHighlight } from './highlight';
import { EntryForm, ThreadCard, type ThreadActions } from './ThreadCard';
import type { Review } from './useReview';

export const COMMENT_SHORTCUTS = { add: 'Mod-Alt-m', next: 'Mod-Alt-n', previous: 'Mod-Alt-p' } as const;

/** The panel re-renders only when a thread's text or place changes, not when it merely moves. */
function sameAnchors(a: Map<string, Anchor>, b: Map<string, Anchor>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, anchor] of a) {
    const other = b.get(id);
    if (!other || other.text !== anchor.text || JSON.stringify(other.place) !== JSON.stringify(anchor.place)) return false;
  }
  return true;
}

/** The thread whose anchor holds the cursor, if any. */
function threadAtCursor(editor: Editor): string | null {
  const { $from } = editor.state.selection;
  const marks = [...($from.nodeAfter?.marks ?? []), ...$from.marks()];
  const mark = marks.find((m) => m.type.name === COMMENT_MARK);
  return mark ? (mark.attrs.threadId as string) : null;
}

function showAnchor(editor: Editor, anchor: Anchor): void {
  editor.chain().setTextSelection({ from: anchor.from, to: anchor.to }).scrollIntoView().focus().run();
}

type Props = { editor: Editor; review: Review; author: string; askAuthor: () => void };

export function CommentsPanel({ editor, review, author, askAuthor }: Props) {
  const { t } = useTranslation();
  const { threads, updateThreads } = review;
  const anchors = useDerivedFromDocument(editor, commentAnchors, sameAnchors);
  const [filter, setFilter] = useState<ThreadFilter>('open');
  const [draft, setDraft] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const atCursor = useEditorState({ editor, selector: ({ editor: e }) => threadAtCursor(e) });
  // Moving the cursor picks the thread under it, or none.
  useEffect(() => setPicked(atCursor), [atCursor]);
  const active = atCursor ?? picked;

  // Document order; threads whose text is gone keep their opening order, at the end.
  const ordered = useMemo(
    () => [...threads].sort((a, b) => (anchors.get(a.id)?.from ?? Infinity) - (anchors.get(b.id)?.from ?? Infinity)),
    [threads, anchors],
  );
  const shown = ordered.filter((thread) => matchesFilter(thread, filter) || thread.id === active);

  // Registered before the highlight is first set (effects run in order).
  useEffect(() => registerCommentHighlight(editor), [editor]);
  const resolvedIds = useMemo(() => new Set(threads.filter((th) => th.resolved).map((th) => th.id)), [threads]);
  useEffect(() => setCommentHighlight(editor, { resolved: resolvedIds, active }), [editor, resolvedIds, active]);

  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (active) list.current?.querySelector(`[data-thread-id="${CSS.escape(active)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const startComment = useCallback(() => {
    if (!author) return askAuthor();
    if (draft) editor.commands.removeComment(draft);
    const id = crypto.randomUUID();
    if (editor.commands.addComment(id)) {
      setDraft(id);
      setPicked(id);
    }
  }, [editor, author, askAuthor, draft]);

  const saveDraft = (text: string) => {
    if (!draft) return;
    const quote = commentAnchors(editor.state.doc).get(draft)?.text ?? '';
    updateThreads((current) => addThread(current, { id: draft, entryId: crypto.randomUUID(), quote, text, ...signature() }));
    setDraft(null);
  };
  const cancelDraft = () => {
    if (draft) editor.commands.removeComment(draft);
    setDraft(null);
  };

  /** Next (or previous) open thread after the cursor, wrapping around. */
  const step = useCallback(
    (direction: 1 | -1) => {
      const open = new Set(threads.filter((th) => !th.resolved).map((th) => th.id));
      const targets = [...commentAnchors(editor.state.doc).values()].filter((a) => open.has(a.threadId));
      if (targets.length === 0) return;
      const { from } = editor.state.selection;
      const target =
        direction === 1
          ? (targets.find((a) => a.from > from) ?? targets[0]!)
          : ([...targets].reverse().find((a) => a.to < from) ?? targets[targets.length - 1]!);
      setPicked(target.threadId);
      showAnchor(editor, target);
    },
    [editor, threads],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const run = matchesShortcut(event, COMMENT_SHORTCUTS.add)
        ? startComment
        : matchesShortcut(event, COMMENT_SHORTCUTS.next)
          ? () => step(1)
          : matchesShortcut(event, COMMENT_SHORTCUTS.previous)
            ? () => step(-1)
            : null;
      if (!run) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [startComment, step]);

  const actions: ThreadActions = {
    select: (thread) => {
      setPicked(thread.id);
      const anchor = commentAnchors(editor.state.doc).get(thread.id);
      if (anchor && atCursor !== thread.id) showAnchor(editor, anchor);
    },
    reply: (thread, text) => updateThreads((current) => reply(current, thread.id, { id: crypto.randomUUID(), text, ...signature() })),
    edit: (thread, entry, text) => updateThreads((current) => editEntry(current, thread.id, entry.id, text, signature())),
    remove: (thread, entry) => {
      const last = thread.entries.length === 1;
      updateThreads((current) => deleteEntry(current, thread.id, entry.id, author));
      // The thread is gone with its last entry: so is its highlight.
      if (last) editor.commands.removeComment(thread.id);
    },
    resolve: (thread) => updateThreads((current) => resolve(current, thread.id, signature())),
    reopen: (thread) => updateThreads((current) => reopen(current, thread.id)),
  };

  return (
    <section className="comments" aria-label={t('review.comments')}>
      <div className="comments-tools">
        <button
          type="button"
          className="primary"
          data-action="add-comment"
          title={`${t('review.addComment')} (${displayShortcut(COMMENT_SHORTCUTS.add)})`}
          onMouseDown={(event) => event.preventDefault()}
          onClick={startComment}
        >
          {t('review.addComment')}
        </button>
        <select aria-label={t('review.filter')} data-action="comment-filter" value={filter} onChange={(e) => setFilter(e.target.value as ThreadFilter)}>
          {THREAD_FILTERS.map((f) => (
            <option key={f} value={f}>
              {t(`review.filter_${f}`)}
            </option>
          ))}
        </select>
        <button type="button" aria-label={t('review.previous')} title={`${t('review.previous')} (${displayShortcut(COMMENT_SHORTCUTS.previous)})`} onClick={() => step(-1)}>
          ↑
        </button>
        <button type="button" aria-label={t('review.next')} title={`${t('review.next')} (${displayShortcut(COMMENT_SHORTCUTS.next)})`} onClick={() => step(1)}>
          ↓
        </button>
      </div>
      {draft && (
        <div className="thread draft" data-testid="comment-draft">
          <blockquote className="thread-quote">{anchors.get(draft)?.text ?? commentAnchors(editor.state.doc).get(draft)?.text}</blockquote>
          <EntryForm initial="" label={t('review.commentPrompt')} onSave={saveDraft} onCancel={cancelDraft} autoFocus />
        </div>
      )}
      {shown.length === 0 && !draft ? (
        <p className="comments-empty">{t('review.noComments')}</p>
      ) : (
        <ol className="threads" ref={list}>
          {shown.map((thread) => (
            <ThreadCard key={thread.id} thread={thread} anchor={anchors.get(thread.id)} active={thread.id === active} author={author} actions={actions} />
          ))}
        </ol>
      )}
    </section>
  );
}
