/**
 * What the outline and the status bar show, derived from the editor document. Blocks are
 * immutable and shared between versions of the document, so per-block results are cached by
 * node: after a keystroke only the one changed top-level block is measured again, which keeps
 * even a 5,000-block document cheap to summarise.
 */
import type { Node as PMNode } from '@tiptap/pm/model';

export type OutlineEntry = {
  kind: 'title' | 'heading' | 'block' | 'attachment';
  text: string;
  /** Position of the node in the document it was derived from. */
  pos: number;
};

export type DocumentCounts = { characters: number; words: number; pages: number };

type BlockStats = { characters: number; words: number; lines: number };

/** A4 at the house style's 15pt body with 20 mm margins: about 32 Hangul per line, 28 lines. */
const UNITS_PER_LINE = 32;
const LINES_PER_PAGE = 28;
const OUTLINE_TEXT_LIMIT = 80;

const statsCache = new WeakMap<PMNode, BlockStats>();

const isSpace = (code: number) => code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);

/**
 * One textblock's counts in a single pass over its text (a long release has thousands): code
 * points, words (runs between spaces) and lines, where full-width scripts take a whole unit
 * of line width and Latin letters and digits about half.
 */
function textStats(text: string): BlockStats {
  let characters = 0;
  let words = 0;
  let units = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // The second half of a surrogate pair is part of the character before it.
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    characters++;
    units += code >= 0x1100 ? 1 : 0.5;
    const space = isSpace(code);
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return { characters, words, lines: Math.max(1, Math.ceil(units / UNITS_PER_LINE)) };
}

function measure(node: PMNode): BlockStats {
  const cached = statsCache.get(node);
  if (cached) return cached;
  let stats: BlockStats;
  if (node.isTextblock) {
    stats = textStats(node.textContent);
  } else {
    stats = { characters: 0, words: 0, lines: 0 };
    node.forEach((child) => {
      const childStats = measure(child);
      stats.characters += childStats.characters;
      stats.words += childStats.words;
      stats.lines += childStats.lines;
    });
  }
  statsCache.set(node, stats);
  return stats;
}

export function countDocument(doc: PMNode): DocumentCounts {
  const { characters, words, lines } = measure(doc);
  return { characters, words, pages: Math.max(1, Math.ceil(lines / LINES_PER_PAGE)) };
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > OUTLINE_TEXT_LIMIT ? `${oneLine.slice(0, OUTLINE_TEXT_LIMIT - 1)}…` : oneLine;
}

/** The text a reader sees first in a block: an item's or paragraph's own line, not its children. */
function leadText(block: PMNode): string {
  return block.isTextblock ? block.textContent : (block.firstChild?.textContent ?? '');
}

/** Headings and level-1 blocks of a block list (the body or an attachment page, whose title is `label`). */
function outlineBlocks(container: PMNode, containerPos: number, entries: OutlineEntry[], label = ''): void {
  container.forEach((block, offset) => {
    const pos = containerPos + 1 + offset;
    const name = block.type.name;
    // Empty blocks (a fresh template's) would only list placeholders.
    if (name === 'heading' && block.content.size > 0) entries.push({ kind: 'heading', text: shorten(block.textContent), pos });
    else if ((name === 'item' || name === 'paragraph') && leadText(block) !== '') {
      entries.push({ kind: 'block', text: shorten(leadText(block)), pos });
    } else if (name === 'attachmentTitle') entries.push({ kind: 'attachment', text: shorten(`${label}  ${block.textContent}`), pos: containerPos });
  });
}

/** 참고 and 붙임 pages are numbered separately, by position, as the page itself draws them. */
const ATTACHMENT_LABELS: Record<string, string> = { reference: '참고', annex: '붙임' };

export function outlineOf(doc: PMNode): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  const numbers = new Map<string, number>();
  doc.forEach((part, offset) => {
    const name = part.type.name;
    if (name === 'title') entries.push({ kind: 'title', text: shorten(part.textContent), pos: offset });
    else if (name === 'body') outlineBlocks(part, offset, entries);
    else if (name === 'attachment') {
      const kind = String(part.attrs.kind);
      const number = (numbers.get(kind) ?? 0) + 1;
      numbers.set(kind, number);
      outlineBlocks(part, offset, entries, `${ATTACHMENT_LABELS[kind] ?? kind} ${number}`);
    }
  });
  return entries;
}

/** Equal for display: same entries in the same order (positions are looked up again on click). */
export function sameOutline(a: OutlineEntry[], b: OutlineEntry[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry.kind === b[i]?.kind && entry.text === b[i]?.text);
}

export function sameCounts(a: DocumentCounts, b: DocumentCounts): boolean {
  return a.characters === b.characters && a.words === b.words && a.pages === b.pages;
}
