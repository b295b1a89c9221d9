/** Ids tying a noteRef to its note: unique within a document, never shown. */
let counter = 0;

export function newNoteId(): string {
  counter = (counter + 1) % 1_000_000;
  return `note-${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
