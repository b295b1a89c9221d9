/**
 * Comment threads in a margin beside the page, each card level with its text (useThreadPlacement):
 * add a comment on the selection (or the block at the cursor), reply, edit or delete one's own
 * entries, resolve and reopen, filter, and step through open comments. Threads whose text was
 * deleted have no place beside it: they are listed apart. Anchors are derived once typing
 * settles, never per keystroke.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Editor } from '@tiptap/core';
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
  resolvedThreadIds,
  THREAD_FILTERS,
  type Thread,
  type ThreadFilter,
} from '../../shared/review/threads';
import { useDerivedFromDocument } from '../app/useDerived';
import { matchesShortcut, displayShortcut } from '../editor/shortcut';
import { useEditorValue } from '../editor/useEditorValue';
import { signature } from './author';
import { setCommentHighlight } from './highlight';
import { EntryForm, ThreadCard, type ThreadActions, type UnsavedText } from './ThreadCard';
import type { Review } from './useReview';
import { useThreadPlacement, type MarginCard } from './useThreadPlacement';

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

/** A card in the margin: a thread, or the form of the comment being written (no thread yet). */
type MarginItem = { id: string; anchor: Anchor; thread: Thread | null };

/** Heights to assume for cards not drawn yet: the quote and one line per entry. */
const DRAFT_HEIGHT = 120;
const estimateHeight = (thread: Thread | null) => (thread ? 48 + 44 * thread.entries.length : DRAFT_HEIGHT);

type Props = { editor: Editor; review: Review; author: string; askAuthor: () => void };

export function CommentsPanel({ editor, review, author, askAuthor }: Props) {
  const { t } = useTranslation();
  const { threads, updateThreads } = review;
  const anchors = useDerivedFromDocument(editor, commentAnchors, sameAnchors);
  const [filter, setFilter] = useState<ThreadFilter>('open');
  const [draft, setDraft] = useState<string | null>(null);
  const [unsaved] = useState<UnsavedText>(() => new Map());
  const [picked, setPicked] = useState<string | null>(null);
  const atCursor = useEditorValue(editor, threadAtCursor);
  // Moving the cursor picks the thread under it, or none.
  useEffect(() => setPicked(atCursor), [atCursor]);
  const active = atCursor ?? picked;

  // Cards beside their text in document order; threads whose text is gone apart, in opening order.
  const { aligned, removed } = useMemo(() => {
    // A comment just made is in the document before the derived anchors catch up with it.
    let now: Map<string, Anchor> | undefined;
    const anchorOf = (id: string) => anchors.get(id) ?? (now ??= commentAnchors(editor.state.doc)).get(id);
    const aligned: MarginItem[] = [];
    const removed: Thread[] = [];
    for (const thread of threads) {
      if (!matchesFilter(thread, filter) && thread.id !== active) continue;
      const anchor = anchorOf(thread.id);
      if (anchor) aligned.push({ id: thread.id, anchor, thread });
      else removed.push(thread);
    }
    const draftAnchor = draft && anchorOf(draft);
    if (draft && draftAnchor) aligned.push({ id: draft, anchor: draftAnchor, thread: null });
    aligned.sort((a, b) => a.anchor.from - b.anchor.from);
    return { aligned, removed };
  }, [editor, threads, anchors, filter, active, draft]);
  const cards = useMemo<MarginCard[]>(() => aligned.map((item) => ({ id: item.id, estimate: estimateHeight(item.thread) })), [aligned]);
  const placement = useThreadPlacement(editor, cards, active);
  const { reveal } = placement;

  const resolvedIds = useMemo(() => resolvedThreadIds(threads), [threads]);
  useEffect(() => setCommentHighlight(editor, { resolved: resolvedIds, active }), [editor, resolvedIds, active]);

  const startComment = useCallback(() => {
    if (!author) return askAuthor();
    if (draft && unsaved.get(`new:${draft}`)?.trim()) {
      // A comment is being written: show it again rather than drop its words for a new one.
      setPicked(draft);
      return reveal(draft);
    }
    if (draft) editor.commands.removeComment(draft);
    const id = crypto.randomUUID();
    if (editor.commands.addComment(id)) {
      setDraft(id);
      setPicked(id);
      reveal(id);
    }
  }, [editor, author, askAuthor, draft, reveal, unsaved]);

  const saveDraft = (text: string) => {
    if (!draft) return;
    const quote = commentAnchors(editor.state.doc).get(draft)?.text ?? '';
    updateThreads((current) => addThread(current, { id: draft, entryId: crypto.randomUUID(), quote, text, ...signature() }));
    setDraft(null);
    // The new thread's card, with its reply box, is taller than the form was.
    reveal(draft);
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
      reveal(target.threadId);
      showAnchor(editor, target);
    },
    [editor, threads, reveal],
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
      reveal(thread.id);
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
      <div className="thread-margin" ref={placement.region}>
        {aligned.length === 0 && removed.length === 0 && <p className="comments-empty">{t('review.noComments')}</p>}
        {/* A control taking the focus out of sight (Tab) scrolls the page to bring it in. */}
        <ol className="threads" ref={placement.layer} onFocus={(event) => placement.showFocused(event.target)}>
          {aligned.map(({ id, anchor, thread }) => {
            const top = placement.tops.get(id);
            if (top === undefined) return null;
            return thread ? (
              <ThreadCard key={id} thread={thread} anchor={anchor} top={top} active={id === active} author={author} actions={actions} unsaved={unsaved} />
            ) : (
              <li key={id} className="thread draft" data-testid="comment-draft" data-thread-id={id} data-active="true" style={{ top }}>
                <blockquote className="thread-quote">{anchor.text}</blockquote>
                <EntryForm initial="" label={t('review.commentPrompt')} unsaved={unsaved} unsavedKey={`new:${id}`} onSave={saveDraft} onCancel={cancelDraft} autoFocus />
              </li>
            );
          })}
        </ol>
      </div>
      {removed.length > 0 && (
        <details className="threads-removed" open>
          <summary>{t('review.textRemovedGroup', { count: removed.length })}</summary>
          <ol className="threads">
            {removed.map((thread) => (
              <ThreadCard key={thread.id} thread={thread} anchor={undefined} active={thread.id === active} author={author} actions={actions} unsaved={unsaved} />
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
