/** Small text measures the rules share: sentences, printed width. */
import type { Block } from '../release/model';
import type { Page, Profile } from './profiles';
import type { BlockContext, Target } from './types';

/**
 * Sentence spans: a sentence ends at `.`, `?` or `!` before a space or the end, except a dot
 * between numbers, so the dots of `2026. 10. 7.` never end one (`April 9 to 10. The` does).
 */
export function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const match of text.matchAll(/[?!](?=\s|$)|(?<!\d)\.(?=\s|$)|(?<=\d)\.(?=\s+[^\d\s]|\s*$)/g)) {
    const end = match.index + 1;
    pushTrimmed(spans, text, start, end);
    start = end;
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
}

function pushTrimmed(spans: Array<[number, number]>, text: string, from: number, to: number): void {
  while (from < to && /\s/.test(text[from] as string)) from++;
  while (to > from && /\s/.test(text[to - 1] as string)) to--;
  if (to > from) spans.push([from, to]);
}

/**
 * Printed width in ems: Hangul, CJK, full-width forms and the marker glyphs take a full em,
 * Latin letters, digits and spaces about half. Good enough to count lines, not to typeset.
 */
export function widthEm(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) as number) >= 0x1100 ? 1 : 0.5;
  return width;
}

export const PT_PER_MM = 72 / 25.4;

export function lineWidthPt(page: Page): number {
  return (page.widthMm - page.left - page.right) * PT_PER_MM;
}

/** Lines a text wraps to at a font size, on the profile's page, after `indentEm` of indent. */
export function wrappedLines(text: string, sizePt: number, profile: Profile, indentEm = 0): number {
  const perLine = lineWidthPt(profile.page) / sizePt - indentEm;
  return text.split('\n').reduce((lines, line) => lines + Math.max(1, Math.ceil(widthEm(line) / perLine)), 0);
}

/** Characters as a reader counts them (code points, line breaks excluded). */
export function charCount(text: string): number {
  return [...text.replace(/\n/g, '')].length;
}

/** One checkable text of a block, with the target that names it. */
export type TextField = { text: string; target: Target; prose: boolean };

/**
 * The texts of a block: its own text, its notes, a table's caption and cells. `prose` marks
 * running text (sentences), as opposed to captions and table cells.
 */
export function textFields(block: Block, context: BlockContext): TextField[] {
  const own = context.target;
  const fields: TextField[] = [];
  if ('text' in block) fields.push({ text: block.text, target: own, prose: context.role === 'block' && block.type !== 'heading' });
  if ('notes' in block) {
    block.notes.forEach((note, i) => fields.push({ text: note.text, target: { ...own, field: 'note', at: [i] }, prose: true }));
  }
  if (block.type === 'table') {
    if (block.caption !== undefined) fields.push({ text: block.caption, target: { ...own, field: 'caption' }, prose: false });
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => fields.push({ text: cell, target: { ...own, field: 'cell', at: [r, c] }, prose: false })),
    );
  }
  return fields;
}
