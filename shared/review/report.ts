/**
 * "Export review report": every thread with its quoted text, where it sits and its replies, as
 * plain text or a standalone HTML page, for people who read the review on paper or in mail.
 * In the document's language, like the release itself.
 */
import type { Language } from '../release/model';
import type { Anchor, Place } from './anchors';
import type { Thread } from './threads';

const LABELS = {
  ko: {
    heading: '검토 의견',
    none: '의견이 없습니다.',
    open: '미해결',
    resolved: (by: string, time: string) => `해결됨 (${by}, ${time})`,
    removed: '본문에서 삭제된 부분',
    edited: '수정됨',
    title: '제목',
    subtitle: (n: number) => `부제 ${n}`,
    body: (n: number) => `본문 ${n}번째 블록`,
    attachment: (n: number, block: number) => (block === 0 ? `첨부 ${n} 제목` : `첨부 ${n}의 ${block}번째 블록`),
  },
  en: {
    heading: 'Review comments',
    none: 'No comments.',
    open: 'Open',
    resolved: (by: string, time: string) => `Resolved (${by}, ${time})`,
    removed: 'Text removed from the document',
    edited: 'edited',
    title: 'Title',
    subtitle: (n: number) => `Subtitle ${n}`,
    body: (n: number) => `Body, block ${n}`,
    attachment: (n: number, block: number) => (block === 0 ? `Attachment ${n}, title` : `Attachment ${n}, block ${block}`),
  },
} as const;

export function placeLabel(place: Place, language: Language): string {
  const labels = LABELS[language];
  switch (place.part) {
    case 'title':
      return labels.title;
    case 'subtitle':
      return labels.subtitle(place.index);
    case 'body':
      return labels.body(place.block);
    case 'attachment':
      return labels.attachment(place.index, place.block);
  }
}

/** "2026-04-13 09:05": minutes are enough for a reader on paper. */
export const shortTime = (iso: string): string => iso.replace('T', ' ').slice(0, 16);

type ReportThread = { number: number; where: string; quote: string; state: string; entries: { author: string; time: string; text: string }[] };

function reportThreads(threads: readonly Thread[], anchors: ReadonlyMap<string, Anchor>, language: Language): ReportThread[] {
  const labels = LABELS[language];
  // Document order: threads whose text is gone come last, in the order they were opened.
  const ordered = [...threads].sort((a, b) => (anchors.get(a.id)?.from ?? Infinity) - (anchors.get(b.id)?.from ?? Infinity));
  return ordered.map((thread, i) => {
    const anchor = anchors.get(thread.id);
    return {
      number: i + 1,
      where: anchor ? placeLabel(anchor.place, language) : labels.removed,
      quote: anchor?.text ?? thread.quote,
      state: thread.resolved ? labels.resolved(thread.resolved.by, shortTime(thread.resolved.time)) : labels.open,
      entries: thread.entries.map((entry) => ({
        author: entry.author,
        time: `${shortTime(entry.time)}${entry.edited ? ` (${labels.edited})` : ''}`,
        text: entry.text,
      })),
    };
  });
}

export type ReviewReportInput = {
  title: string;
  threads: readonly Thread[];
  anchors: ReadonlyMap<string, Anchor>;
  language: Language;
};

export function reviewReportText({ title, threads, anchors, language }: ReviewReportInput): string {
  const labels = LABELS[language];
  const lines = [`${labels.heading}: ${title}`, ''];
  const items = reportThreads(threads, anchors, language);
  if (items.length === 0) lines.push(labels.none);
  for (const item of items) {
    lines.push(`${item.number}. [${item.where}] ${item.state}`, `   “${item.quote}”`);
    for (const entry of item.entries) lines.push(`   - ${entry.author} (${entry.time}): ${entry.text.replace(/\n/g, '\n     ')}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function reviewReportHtml({ title, threads, anchors, language }: ReviewReportInput): string {
  const labels = LABELS[language];
  const items = reportThreads(threads, anchors, language);
  const body = items.length === 0
    ? `<p>${escapeHtml(labels.none)}</p>`
    : `<ol>\n${items
        .map(
          (item) =>
            `<li><p><strong>${escapeHtml(item.where)}</strong> — ${escapeHtml(item.state)}</p>\n<blockquote>${escapeHtml(item.quote)}</blockquote>\n<ul>\n${item.entries
              .map((e) => `<li><strong>${escapeHtml(e.author)}</strong> <time>${escapeHtml(e.time)}</time><p>${escapeHtml(e.text)}</p></li>`)
              .join('\n')}\n</ul></li>`,
        )
        .join('\n')}\n</ol>`;
  const heading = `${labels.heading}: ${title}`;
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(heading)}</title>
<style>body{font-family:sans-serif;max-width:48em;margin:2em auto;line-height:1.5}blockquote{margin:.5em 0;padding-left:1em;border-left:3px solid #f2c94c;color:#333}p{margin:.25em 0}li{margin-bottom:.75em}</style>
</head>
<body>
<h1>${escapeHtml(heading)}</h1>
${body}
</body>
</html>
`;
}
