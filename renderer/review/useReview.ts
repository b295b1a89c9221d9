/**
 * The review data of the open document (threads, versions, status history) read from the
 * session's envelope, and updates that write back to it: saving the file saves them, and
 * `reviewChanged` tells the file whether they changed since it was saved or opened.
 */
import { useCallback, useMemo } from 'react';
import type { BodoDocument } from '../../shared/document/envelope';
import { statusHistoryFrom, type StatusChange } from '../../shared/review/status';
import { threadsFrom, type Thread } from '../../shared/review/threads';
import { versionsFrom, type Version } from '../../shared/review/versions';
import type { Session } from '../app/useDocumentFile';

type ReviewFields = Pick<BodoDocument, 'comments' | 'versions' | 'statusHistory'>;

/** True when the review part of `now` is not the one of `saved` (updates always make new arrays). */
export function reviewChanged(saved: ReviewFields, now: ReviewFields): boolean {
  return saved.comments !== now.comments || saved.versions !== now.versions || saved.statusHistory !== now.statusHistory;
}

type SetSession = (update: (previous: Session) => Session) => void;

export type Review = {
  threads: Thread[];
  versions: Version[];
  statusHistory: StatusChange[];
  updateThreads: (update: (threads: Thread[]) => Thread[]) => void;
  updateVersions: (update: (versions: Version[]) => Version[]) => void;
  updateStatus: (update: (history: StatusChange[]) => StatusChange[]) => void;
};

export function useReview(document: BodoDocument, setSession: SetSession): Review {
  const threads = useMemo(() => threadsFrom(document.comments), [document.comments]);
  const versions = useMemo(() => versionsFrom(document.versions), [document.versions]);
  const statusHistory = useMemo(() => statusHistoryFrom(document.statusHistory), [document.statusHistory]);

  /** Applies `update` to the latest envelope; an update that changes nothing leaves the session alone (not dirty). */
  const updateField = useCallback(
    <K extends keyof ReviewFields, T>(key: K, read: (stored: ReviewFields[K]) => T[], update: (items: T[]) => T[]) =>
      setSession((previous) => {
        const items = read(previous.document[key]);
        const next = update(items);
        return next === items ? previous : { ...previous, document: { ...previous.document, [key]: next } };
      }),
    [setSession],
  );

  return {
    threads,
    versions,
    statusHistory,
    updateThreads: useCallback((update) => updateField('comments', threadsFrom, update), [updateField]),
    updateVersions: useCallback((update) => updateField('versions', versionsFrom, update), [updateField]),
    updateStatus: useCallback((update) => updateField('statusHistory', (h) => statusHistoryFrom(h), update), [updateField]),
  };
}
