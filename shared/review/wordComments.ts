/**
 * Review threads as Word comments for the .docx export (an export option, off by default): each
 * thread with its replies, marking the text it is anchored on now (or its quote, once that text
 * is gone), on the page it sits on.
 */
import type { DocxComment, DocxCommentEntry } from '../export/docx';
import type { Anchor } from './anchors';
import type { CommentEntry, Thread } from './threads';

function entryOf(entry: CommentEntry): DocxCommentEntry {
  const date = new Date(entry.time);
  // A time this build cannot read leaves the comment undated rather than failing the export.
  return { author: entry.author, text: entry.text, ...(Number.isNaN(date.getTime()) ? {} : { date }) };
}

export function wordComments(threads: readonly Thread[], anchors: ReadonlyMap<string, Anchor>): DocxComment[] {
  return threads.flatMap((thread) => {
    const [first, ...replies] = thread.entries;
    if (!first) return [];
    const anchor = anchors.get(thread.id);
    const place = anchor?.place;
    return [
      {
        page: place?.part === 'attachment' ? place.index : 0,
        quote: anchor?.text ?? thread.quote,
        resolved: thread.resolved !== null,
        entries: [entryOf(first), ...replies.map(entryOf)],
      },
    ];
  });
}
