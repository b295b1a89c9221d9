/**
 * The name comments, suggestions, versions and status changes are signed with: one place to
 * read it from. Asked once (the review panel shows a name field while it is empty) and kept in
 * this browser profile; the settings panel can set it through `setAuthorName`.
 */
import { useSyncExternalStore } from 'react';

const STORAGE_KEY = 'bodo.authorName';
const listeners = new Set<() => void>();

export function authorName(): string {
  return localStorage.getItem(STORAGE_KEY) ?? '';
}

export function setAuthorName(name: string): void {
  localStorage.setItem(STORAGE_KEY, name.trim());
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The current author name; empty until the user has given one. */
export function useAuthorName(): string {
  return useSyncExternalStore(subscribe, authorName);
}

/** Who and when, for anything the review records. */
export const signature = () => ({ author: authorName(), time: new Date().toISOString() });
