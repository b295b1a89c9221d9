/**
 * Tables in text (house-style §6.7): `< caption >` then one row per line with cells split by
 * ` | `; and the way 한글 hands a table over when copied: every cell on its own line, empty
 * cells as blank lines. The second form has no row breaks, so the grid is recovered only when
 * it is unambiguous (a header cell such as 구분 first, whole rows, short row labels); anything
 * else stays as lines, in order.
 */
import type { TableBlock } from '../release/model';
import { readMark } from './glyphs';
import { isBlank, squeeze, type SourceLine } from './lines';

const CAPTION = /^[<〈＜]\s*(.*?)\s*[>〉＞]$/;
const CELL_SEPARATOR = /\s\|(?=\s|$)\s?/;
const ROW = /\s\|(?:\s|$)/;

export function readCaption(text: string): string | null {
  const match = CAPTION.exec(text);
  return match ? (match[1] as string) : null;
}

export function isTableRow(text: string): boolean {
  return ROW.test(text);
}

export function splitRow(text: string): string[] {
  return text.split(CELL_SEPARATOR).map((cell) => cell.trim());
}

/** First cells of 한글 tables: a cell-per-line run starting with one of these may be a table. */
const HEADER_CELLS = new Set([
  '구분', '항목', '시간', '일시', '일정', '기간', '단계', '분야', '연도', '년도', '유형', '순번', '번호', '연번',
  '기관', '기관명', '사업명', '과제명', '지역', '대상', '명칭', '부처', '성명', '이름', '차수', '회차',
]);

const MAX_COLUMNS = 5;
const MIN_ROWS = 3;
const MAX_ROW_LABEL = 8;
const MAX_CELL = 60;

export type CellGrid = { table: TableBlock; end: number };

/**
 * Tries to read a cell-per-line table starting at `lines[start]`; `caption` came from the line
 * above, if any. Returns the table and the index after its last cell, or null.
 */
export function readCellGrid(
  lines: readonly SourceLine[],
  start: number,
  caption: string | null,
  isBoundary: (line: SourceLine) => boolean,
): CellGrid | null {
  const first = lines[start];
  if (!first || !HEADER_CELLS.has(squeeze(first.text))) return null;
  const cells: string[] = [];
  let index = start;
  for (; index < lines.length; index += 1) {
    const line = lines[index] as SourceLine;
    if (!isBlank(line) && (readMark(line) || isBoundary(line) || isTableRow(line.text) || readCaption(line.text) !== null)) break;
    if (line.text.length > MAX_CELL || /다\.$/.test(line.text)) break;
    cells.push(line.text);
  }
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  for (let columns = 2; columns <= MAX_COLUMNS; columns += 1) {
    if (cells.length % columns !== 0 || cells.length / columns < MIN_ROWS) continue;
    const rows: string[][] = [];
    for (let at = 0; at < cells.length; at += columns) rows.push(cells.slice(at, at + columns));
    const header = rows[0] as string[];
    const labelsFit = rows.every((row) => {
      const label = squeeze(row[0] as string);
      return label !== '' && label.length <= MAX_ROW_LABEL && !/^\d/.test(label);
    });
    if (labelsFit && header.every((cell) => cell !== '')) {
      const table: TableBlock = caption === null ? { type: 'table', rows } : { type: 'table', caption, rows };
      // Empty cells were blank lines, so cells and lines correspond one to one.
      return { table, end: start + cells.length };
    }
  }
  return null;
}
