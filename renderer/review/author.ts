/**
 * The name comments, suggestions, versions and status changes are signed with: one place to
 * read it from. It is the settings' author name (asked once on first run, changed in the
 * settings or the review panel); `followSettings` keeps it in step and says where a new name is stored.
 */
import { useSyncExternalStore } from 'react';

let current = '';
let store: (name: string) => void = () => undefined;
const listeners = new Set<() => void>();

const changed = () => {
  for (const listener of listeners) listener();
};

export function authorName(): string {
  return current;
}

/** The settings' name, and how to store a new one in the settings. */
export function followSettings(name: string, storeName: (name: string) => void): void {
  store = storeName;
  if (name === current) return;
  current = name;
  changed();
}

/** Sign with `name` from now on, and keep it in the settings. */
export function setAuthorName(name: string): void {
  current = name.trim();
  changed();
  store(current);
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
