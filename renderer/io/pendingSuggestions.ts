/**
 * Hook for the review feature: the number of tracked suggestions still pending in a document.
 * An export shows the text as it stands, so with suggestions pending the user is warned first.
 * Until the review feature registers its counter, no document has any.
 */
import type { Node as PMNode } from '@tiptap/pm/model';

export type PendingSuggestionCounter = (doc: PMNode) => number;

let countPendingSuggestions: PendingSuggestionCounter = () => 0;

/** Called once by the review feature with its way of counting suggestions. */
export function registerPendingSuggestionCounter(counter: PendingSuggestionCounter): void {
  countPendingSuggestions = counter;
}

export function pendingSuggestionsIn(doc: PMNode): number {
  return countPendingSuggestions(doc);
}
