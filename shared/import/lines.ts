/**
 * Plain text as it arrives (pasted, saved by Word or Hangul, scraped from a web page) turned
 * into lines the importers can reason about: BOM and line-end variants gone, leading spaces
 * measured (they hint at the level, house-style §2), trailing spaces dropped.
 */

export type SourceLine = {
  /** 1-based position in the input, for reports. */
  number: number;
  /** Width of the leading whitespace in spaces (a tab counts 4, an ideographic space 2). */
  indent: number;
  /** The line without leading or trailing whitespace; inner tabs become single spaces. */
  text: string;
  /** A table already read from markup (HTML, Word); its line has no text of its own. */
  table?: TableBlock;
};

import type { TableBlock } from '../release/model';

const LEADING_SPACE = /^[\s\u3000\uFEFF]*/;

export function toSourceLines(input: string): SourceLine[] {
  const withoutBom = input.startsWith('\uFEFF') ? input.slice(1) : input;
  return withoutBom.split(/\r\n|\r|\n/).map((raw, index) => sourceLine(raw, index + 1));
}

/** One line as written, measured. */
export function sourceLine(raw: string, number: number): SourceLine {
  const leading = LEADING_SPACE.exec(raw)?.[0] ?? '';
  return {
    number,
    indent: indentWidth(leading),
    text: raw.slice(leading.length).replace(/\s+$/, '').replace(/\t+/g, ' '),
  };
}

function indentWidth(leading: string): number {
  let width = 0;
  for (const char of leading) {
    if (char === '\t') width += 4;
    else if (char === '\u3000') width += 2;
    else if (char !== '\uFEFF') width += 1;
  }
  return width;
}

export function isBlank(line: SourceLine | undefined): boolean {
  return line !== undefined && line.text === '' && !line.table;
}

/** Spaces removed: how labels spread over a 한글 cell (`담·당·자`, `과  장`) compare. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u3000·]+/g, '');
}

/** Index of the next non-blank line at or after `from`, or `lines.length`. */
export function nextFilled(lines: readonly SourceLine[], from: number): number {
  let index = from;
  while (index < lines.length && isBlank(lines[index])) index += 1;
  return index;
}
