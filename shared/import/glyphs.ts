/**
 * What the first glyph of a line says (house-style §2, §3, §8): an item of level 1–4, a `*`
 * note, a `※` remark, or nothing (plain text). Glyph variants keep their spelling in the model,
 * so a document keeps the glyphs its author chose.
 */
import type { SourceLine } from './lines';

export type Level = 1 | 2 | 3 | 4;

export type Mark =
  | { kind: 'item'; level: Level; marker: string; text: string }
  | { kind: 'note'; marker: string; text: string }
  | { kind: 'remark'; text: string };

/**
 * Glyphs per level. `spaced` glyphs need whitespace after them, because without it they are
 * ordinary text (`-1`, `o`ne, `ㅇ` as a jamo); the symbols are bullets even when glued on.
 */
const LEVEL_GLYPHS: readonly { level: Level; glyphs: string; spaced: boolean }[] = [
  { level: 1, glyphs: '□■', spaced: false },
  { level: 2, glyphs: '○◦❍', spaced: false },
  { level: 2, glyphs: 'ㅇo', spaced: true },
  { level: 3, glyphs: '-–‐', spaced: true },
  { level: 4, glyphs: '·ㆍ∙▪', spaced: false },
];

/** Hancom's private-use bullets (U+E000–F8FF, planes 15–16). */
const PRIVATE_USE = /^[\uE000-\uF8FF\u{F0000}-\u{10FFFD}]/u;

const NOTE = /^(\*{1,3})(?!\*)\s*(.*)$/s;
const REMARK = /^※\s*(.*)$/s;

export function readMark(line: SourceLine): Mark | null {
  const { text } = line;
  const first = String.fromCodePoint(text.codePointAt(0) ?? 0);
  if (text === '') return null;

  const note = NOTE.exec(text);
  if (note) return { kind: 'note', marker: note[1] as string, text: note[2] as string };
  const remark = REMARK.exec(text);
  if (remark) return { kind: 'remark', text: remark[1] as string };

  for (const { level, glyphs, spaced } of LEVEL_GLYPHS) {
    if (!glyphs.includes(first)) continue;
    const rest = text.slice(first.length);
    if (spaced && !/^\s/.test(rest) && rest !== '') continue;
    if (spaced && rest === '') continue;
    return { kind: 'item', level, marker: first, text: rest.trimStart() };
  }
  if (PRIVATE_USE.test(text)) {
    return { kind: 'item', level: levelFromSpaces(line.indent), marker: first, text: text.slice(first.length).trimStart() };
  }
  return null;
}

/** Leading spaces as a level when the glyph says nothing (0 / 1 / 2–3 / 4–5, house-style §2). */
export function levelFromSpaces(indent: number): Level {
  if (indent <= 0) return 1;
  if (indent <= 2) return 2;
  if (indent <= 4) return 3;
  return 4;
}
