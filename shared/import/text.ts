/**
 * Plain text → release (house-style §8). Reads Bodo's own DOCX-ready text back exactly, and
 * messy text pasted from 한글, Word or a ministry web page as well as it can: what cannot be
 * classified stays as plain paragraphs in order, and nothing is dropped except recognised
 * site chrome, which the report lists.
 */
import { findDates } from '../release/dates';
import { parseEmbargo } from '../release/embargo';
import { emptyRelease, type Attachment, type Contact, type Language, type Release } from '../release/model';
import { readAppendixStart } from './appendix';
import { BodyBuilder } from './body';
import { isSiteChrome } from './chrome';
import { isContactStart, readContacts } from './contacts';
import { readMark } from './glyphs';
import { readHeaderField, readKindLabel } from './header';
import { isBlank, nextFilled, toSourceLines, type SourceLine } from './lines';
import { reportOn, type ImportReport } from './report';
import { isTableRow, readCaption, readCellGrid, splitRow } from './tables';

export type ImportResult = { release: Release; report: ImportReport };

export function importText(text: string): ImportResult {
  return importLines(toSourceLines(text), 'text');
}

const SUBTITLE_LEAD = /^[-–‐]\s+/;
const SUBTITLE_TAIL = /\s+[-–‐]$/;
const MAX_TITLE_LINE = 80;

/** The shared reader behind the text, HTML and Word importers. */
export function importLines(
  lines: readonly SourceLine[],
  format: ImportReport['format'],
  /** Chrome the caller already recognised (a web page's nav and footer). */
  droppedChrome: readonly string[] = [],
): ImportResult {
  const language = detectLanguage(lines);
  const release = emptyRelease(language);
  const navigation: string[] = [...droppedChrome];
  const header = { kindLabel: false, embargo: '', distributed: '' };

  const trailing: string[] = [];
  const end = trailingChromeStart(lines, trailing);
  let index = readHeader(lines, end, release, header, navigation);
  navigation.push(...trailing);

  // Title (one or two lines), then subtitles.
  index = nextFilled(lines, index);
  const titleLines: string[] = [];
  while (index < end && titleLines.length < 2 && isTitleLine(lines, index, titleLines.length)) {
    titleLines.push((lines[index] as SourceLine).text);
    index += 1;
  }
  release.title = titleLines.join('\n');
  for (let next = nextFilled(lines, index); next < end && isSubtitle((lines[next] as SourceLine).text); next = nextFilled(lines, index)) {
    release.subtitles.push(subtitleText((lines[next] as SourceLine).text));
    index = next + 1;
  }

  const body = readBody(lines, index, end, language);
  release.body = body.main.blocks;
  release.attachments = body.attachments;
  release.contacts.push(...body.contacts);

  if (header.embargo) {
    const year = findDates(header.distributed).find((date) => date.year !== null)?.year ?? null;
    release.embargo = parseEmbargo(header.embargo, year);
  }
  if (header.distributed) release.distributed = header.distributed;

  const report: ImportReport = {
    format,
    ...reportOn(release, { kindLabel: header.kindLabel, plainLines: body.plainLines, navigation }),
  };
  return { release, report };
}

/** Korean when Hangul syllables are a fair share of the letters (acronyms are Latin anyway). */
function detectLanguage(lines: readonly SourceLine[]): Language {
  let hangul = 0;
  let latin = 0;
  for (const { text } of lines) {
    hangul += (text.match(/[가-힣]/g) ?? []).length;
    latin += (text.match(/[A-Za-z]/g) ?? []).length;
  }
  return hangul * 4 >= latin && hangul > 0 ? 'ko' : latin > 0 ? 'en' : 'ko';
}

/** Site chrome at the very end (back to top, list, share …): index where it starts. */
function trailingChromeStart(lines: readonly SourceLine[], navigation: string[]): number {
  let end = lines.length;
  const dropped: string[] = [];
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const line = lines[index] as SourceLine;
    if (isBlank(line)) continue;
    if (line.table || !isSiteChrome(line.text)) break;
    dropped.unshift(line.text);
    end = index;
  }
  navigation.push(...dropped);
  return end;
}

type HeaderText = { kindLabel: boolean; embargo: string; distributed: string };

/** Kind label, embargo, distribution, an old-style contact block, and chrome before the title. */
function readHeader(
  lines: readonly SourceLine[],
  end: number,
  release: Release,
  header: HeaderText,
  navigation: string[],
): number {
  let index = 0;
  while (index < end) {
    const line = lines[index] as SourceLine;
    if (isBlank(line)) {
      index += 1;
      continue;
    }
    if (line.table) break;
    const kind = readKindLabel(line.text);
    if (kind) {
      release.kind = kind.kind;
      if (kind.agency) release.agency = kind.agency;
      header.kindLabel = true;
      index += 1;
      continue;
    }
    const fields = readHeaderField(lines, index);
    if (fields) {
      for (const field of fields) if (field.value) header[field.field] = field.value;
      index += fields[0]?.consumed ?? 1;
      continue;
    }
    if (isContactStart(line)) {
      const zone = readContacts(lines, index, (stop) => readMark(stop) !== null);
      if (zone.end > index) {
        release.contacts.push(...zone.contacts);
        index = zone.end;
        continue;
      }
    }
    if (isSiteChrome(line.text)) {
      navigation.push(line.text);
      index += 1;
      continue;
    }
    break;
  }
  return index;
}

function isSubtitle(text: string): boolean {
  return SUBTITLE_LEAD.test(text) || SUBTITLE_TAIL.test(text);
}

/** `- … -`, `- …`, or `… -` when an automatic bullet lost the leading dash. */
function subtitleText(text: string): string {
  return text.replace(SUBTITLE_LEAD, '').replace(SUBTITLE_TAIL, '');
}

function isTitleLine(lines: readonly SourceLine[], index: number, taken: number): boolean {
  const line = lines[index] as SourceLine;
  if (isBlank(line) || line.table || readMark(line) || isSubtitle(line.text) || isStructural(line)) return false;
  if (taken === 0) return true;
  // A second title line follows the first at once and is short, not a sentence.
  return line.text.length <= MAX_TITLE_LINE && !/다\.$/.test(line.text);
}

/** Lines that open something other than a block: a page, contacts, a table. */
function isStructural(line: SourceLine): boolean {
  return (
    readAppendixStart(line.text) !== null ||
    isContactStart(line) ||
    isTableRow(line.text) ||
    readCaption(line.text) !== null
  );
}

type Body = { main: BodyBuilder; attachments: Attachment[]; contacts: Contact[]; plainLines: number };

function readBody(lines: readonly SourceLine[], start: number, end: number, language: Language): Body {
  const main = new BodyBuilder(language);
  const attachments: Attachment[] = [];
  const contacts: Contact[] = [];
  const pages: BodyBuilder[] = [main];
  let target = main;
  const boundary = (line: SourceLine) => readAppendixStart(line.text) !== null || isContactStart(line);
  const within = lines.slice(0, end);

  for (let index = start; index < end; index += 1) {
    const line = lines[index] as SourceLine;
    if (isBlank(line)) {
      target.blank();
      continue;
    }
    if (line.table) {
      target.table(line.table);
      continue;
    }
    const appendix = readAppendixStart(line.text);
    if (appendix) {
      let title = appendix.title;
      if (title === null) {
        const next = nextFilled(within, index + 1);
        const candidate = within[next];
        if (candidate && !candidate.table && !readMark(candidate) && !isStructural(candidate)) {
          title = candidate.text;
          index = next;
        }
      }
      target = new BodyBuilder(language);
      pages.push(target);
      attachments.push({ label: appendix.label, title: title ?? '', body: target.blocks });
      continue;
    }
    if (isContactStart(line)) {
      const zone = readContacts(within, index, (stop) => readMark(stop) !== null || readAppendixStart(stop.text) !== null);
      if (zone.contacts.length > 0) {
        contacts.push(...zone.contacts);
        index = zone.end - 1;
        target.blank();
        continue;
      }
    }
    const caption = readCaption(line.text);
    const rows = readRows(within, caption === null ? index : index + 1);
    if (rows && (caption !== null || isTableRow(line.text))) {
      target.table(caption === null ? { type: 'table', rows: rows.rows } : { type: 'table', caption, rows: rows.rows });
      index = rows.end - 1;
      continue;
    }
    const gridStart = caption === null ? index : nextFilled(within, index + 1);
    const grid = readCellGrid(within, gridStart, caption, boundary);
    if (grid) {
      target.table(grid.table);
      index = grid.end - 1;
      continue;
    }
    target.line(line, index + 1 >= end || isBlank(lines[index + 1]));
  }
  return { main, attachments, contacts, plainLines: pages.reduce((sum, page) => sum + page.plainLines, 0) };
}

/**
 * ` | ` rows from `start` on. Text whose caption is followed by a blank line (every line
 * double-spaced, as pasted from some editors) keeps reading rows across blank lines; Bodo's
 * own layout never puts a blank inside a table, so there a blank ends it.
 */
function readRows(lines: readonly SourceLine[], start: number): { rows: string[][]; end: number } | null {
  const spaced = isBlank(lines[start]);
  const rows: string[][] = [];
  let index = spaced ? nextFilled(lines, start) : start;
  let end = index;
  while (index < lines.length && isTableRow((lines[index] as SourceLine).text)) {
    rows.push(splitRow((lines[index] as SourceLine).text));
    end = index + 1;
    index = spaced ? nextFilled(lines, end) : end;
  }
  return rows.length > 0 ? { rows, end } : null;
}
