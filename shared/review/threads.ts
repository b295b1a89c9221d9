/**
 * Comment threads as the `.bodo` envelope stores them (`comments`). A thread is anchored in the
 * editor document by `comment` marks carrying its id (shared/schema/comment.ts); whether its
 * text still exists is derived from those marks (anchors.ts), never stored. All updates are
 * pure: they return a new list, or the same list when nothing changed (someone else's entry).
 */
import { z } from 'zod';

export const commentEntrySchema = z.object({
  id: z.string().min(1),
  author: z.string(),
  /** ISO time the entry was written. */
  time: z.string(),
  text: z.string(),
  /** ISO time of the last edit, if any. */
  edited: z.string().optional(),
});
export type CommentEntry = z.infer<typeof commentEntrySchema>;

export const threadSchema = z.object({
  id: z.string().min(1),
  /** The commented text when the thread was opened: what the report quotes once the text is gone. */
  quote: z.string(),
  entries: z.array(commentEntrySchema).min(1),
  resolved: z.object({ by: z.string(), time: z.string() }).nullable().default(null),
});
export type Thread = z.infer<typeof threadSchema>;

/** The envelope's threads; entries this build cannot read are left out rather than failing the file. */
export function threadsFrom(comments: readonly unknown[]): Thread[] {
  return comments.flatMap((comment) => {
    const parsed = threadSchema.safeParse(comment);
    return parsed.success ? [parsed.data] : [];
  });
}

export type Signature = { author: string; time: string };

/** The ids of the resolved threads (their text is no longer highlighted). */
export const resolvedThreadIds = (threads: readonly Thread[]): Set<string> => new Set(threads.flatMap((thread) => (thread.resolved ? [thread.id] : [])));

export function addThread(threads: readonly Thread[], thread: { id: string; quote: string; text: string; entryId: string } & Signature): Thread[] {
  const entry: CommentEntry = { id: thread.entryId, author: thread.author, time: thread.time, text: thread.text };
  return [...threads, { id: thread.id, quote: thread.quote, entries: [entry], resolved: null }];
}

function updateThread(threads: readonly Thread[], threadId: string, update: (thread: Thread) => Thread | null): Thread[] {
  let changed = false;
  const next = threads.flatMap((thread) => {
    if (thread.id !== threadId) return [thread];
    const updated = update(thread);
    if (updated === thread) return [thread];
    changed = true;
    return updated ? [updated] : [];
  });
  return changed ? next : (threads as Thread[]);
}

export function reply(threads: readonly Thread[], threadId: string, entry: { id: string; text: string } & Signature): Thread[] {
  return updateThread(threads, threadId, (thread) => ({ ...thread, entries: [...thread.entries, { ...entry }] }));
}

/** Only the entry's own author may change it. */
export function editEntry(threads: readonly Thread[], threadId: string, entryId: string, text: string, by: Signature): Thread[] {
  return updateThread(threads, threadId, (thread) => {
    const entry = thread.entries.find((e) => e.id === entryId);
    if (!entry || entry.author !== by.author || entry.text === text) return thread;
    return { ...thread, entries: thread.entries.map((e) => (e === entry ? { ...e, text, edited: by.time } : e)) };
  });
}

/** Only the entry's own author may delete it; a thread whose last entry goes is gone. */
export function deleteEntry(threads: readonly Thread[], threadId: string, entryId: string, author: string): Thread[] {
  return updateThread(threads, threadId, (thread) => {
    const entry = thread.entries.find((e) => e.id === entryId);
    if (!entry || entry.author !== author) return thread;
    const entries = thread.entries.filter((e) => e !== entry);
    return entries.length > 0 ? { ...thread, entries } : null;
  });
}

export function resolve(threads: readonly Thread[], threadId: string, by: Signature): Thread[] {
  return updateThread(threads, threadId, (thread) => (thread.resolved ? thread : { ...thread, resolved: { by: by.author, time: by.time } }));
}

export function reopen(threads: readonly Thread[], threadId: string): Thread[] {
  return updateThread(threads, threadId, (thread) => (thread.resolved ? { ...thread, resolved: null } : thread));
}

export const THREAD_FILTERS = ['open', 'resolved', 'all'] as const;
export type ThreadFilter = (typeof THREAD_FILTERS)[number];

export function matchesFilter(thread: Thread, filter: ThreadFilter): boolean {
  return filter === 'all' || (filter === 'open') === (thread.resolved === null);
}
