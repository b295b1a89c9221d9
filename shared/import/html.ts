/**
 * HTML → release. The markup is sanitized with DOMPurify first, always. Bodo's own HTML export
 * is read back exactly from its data attributes; any other page (a ministry's release page, a
 * document saved from Word or Hangul) is turned into lines, block by block, with list nesting
 * as levels and tables as tables, and read by the text importer's classifier.
 *
 * shared/ has no DOM: callers pass one in. The renderer passes `new DOMParser()` and
 * `DOMPurify(window)`; Node passes the same built on a jsdom window.
 */
import { DEFAULT_GLYPHS } from '../release/labels';
import {
  LANGUAGES,
  RELEASE_KINDS,
  emptyRelease,
  type Attachment,
  type Block,
  type Contact,
  type Embargo,
  type Note,
  type Release,
  type ReleaseKind,
  type TableBlock,
} from '../release/model';
import { LEVEL_SPACES } from '../export/layout';
import { readMark, type Level } from './glyphs';
import { sourceLine, squeeze, type SourceLine } from './lines';
import { reportOn, type ImportReport } from './report';
import { readCaption } from './tables';
import { importLines, type ImportResult } from './text';

export type HtmlEnv = {
  parser: { parseFromString(html: string, type: 'text/html'): Document };
  purify: { sanitize(html: string, config: { WHOLE_DOCUMENT: boolean; RETURN_TRUSTED_TYPE: false }): string };
};

export function importHtml(html: string, env: HtmlEnv, format: ImportReport['format'] = 'html'): ImportResult {
  const clean = env.purify.sanitize(html, { WHOLE_DOCUMENT: true, RETURN_TRUSTED_TYPE: false });
  const doc = env.parser.parseFromString(clean, 'text/html');
  const article = doc.querySelector('article[data-format="bodo.release"]');
  if (article) {
    const release = readBodoArticle(article);
    return { release, report: { format, ...reportOn(release) } };
  }
  const reader = new PageReader();
  reader.read(doc.body);
  return importLines(reader.finish(), format, reader.chrome);
}

// ---------------------------------------------------------------------------------------------
// Bodo's own export: every part is marked, so nothing is guessed.

const ELEMENT = 1;
const TEXT = 3;

function readBodoArticle(article: Element): Release {
  const language = oneOf(LANGUAGES, article.getAttribute('lang'), 'ko');
  const release = emptyRelease(language);
  release.kind = oneOf(RELEASE_KINDS, article.getAttribute('data-kind'), 'press-release') as ReleaseKind;
  const field = (name: string) => article.querySelector(`[data-field="${name}"]`);
  const agency = field('agency');
  if (agency) release.agency = textOf(agency);
  const embargo = field('embargo');
  if (embargo) release.embargo = readEmbargo(embargo);
  const distributed = field('distributed');
  if (distributed) release.distributed = textOf(distributed);
  release.title = textOf(field('title'));
  release.subtitles = [...article.querySelectorAll('[data-type="subtitle"]')].map((p) => textOf(p));
  const body = article.querySelector('[data-part="body"]');
  release.body = body ? readBlocks(body) : [];
  release.attachments = [...article.querySelectorAll('section[data-type="attachment"]')].map(readAttachment);
  release.contacts = [...article.querySelectorAll('tr[data-type="contact"]')].map(readContact);
  return release;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function readEmbargo(cell: Element): Embargo {
  const embargo: Embargo = { text: textOf(cell), immediate: cell.getAttribute('data-immediate') === 'true' };
  embargo.online = cell.getAttribute('data-online');
  embargo.print = cell.getAttribute('data-print');
  return embargo;
}

function readAttachment(section: Element): Attachment {
  const title = section.querySelector('[data-field="title"]');
  return { label: section.getAttribute('data-label') ?? '', title: textOf(title), body: readBlocks(section) };
}

function readContact(row: Element): Contact {
  const cell = (name: string) => textOf(row.querySelector(`[data-field="${name}"]`));
  const contact: Contact = { role: row.getAttribute('data-role') === 'head' ? 'head' : 'staff', name: cell('name') };
  const department = row.getAttribute('data-department');
  if (department !== null) contact.department = department;
  if (cell('rank')) contact.rank = cell('rank');
  if (cell('phone')) contact.phone = cell('phone');
  return contact;
}

/** The marked blocks directly inside `parent`, in order. */
function readBlocks(parent: Element): Block[] {
  const blocks: Block[] = [];
  for (const element of parent.children) {
    const block = readBlock(element);
    if (block) blocks.push(block);
  }
  return blocks;
}

function readBlock(element: Element): Block | null {
  switch (element.getAttribute('data-type')) {
    case 'heading':
      return { type: 'heading', text: textOf(element) };
    case 'remark':
      return { type: 'remark', text: textOf(element) };
    case 'table':
      return readBodoTable(element);
    case 'paragraph':
    case 'item': {
      const line = element.querySelector(':scope > p.line');
      const notes: Note[] = [...element.querySelectorAll(':scope > .notes > [data-type="note"]')].map((p) => {
        const note: Note = { marker: p.getAttribute('data-marker') ?? '*', text: textOf(p) };
        const anchor = p.getAttribute('data-anchor');
        if (anchor !== null) note.anchor = anchor;
        return note;
      });
      const text = textOf(line);
      const children = readBlocks(element);
      if (element.getAttribute('data-type') === 'paragraph') return { type: 'paragraph', text, notes, children };
      const level = Number(element.getAttribute('data-level'));
      return {
        type: 'item',
        level: (level >= 1 && level <= 4 ? level : 1) as Level,
        marker: element.getAttribute('data-marker') ?? DEFAULT_GLYPHS[0],
        text,
        notes,
        children,
      };
    }
    default:
      return null;
  }
}

function readBodoTable(element: Element): TableBlock {
  const rows = [...element.querySelectorAll('tr')].map((row) => [...row.children].map((cell) => textOf(cell)));
  const caption = element.querySelector('caption')?.getAttribute('data-caption');
  return caption === null || caption === undefined ? { type: 'table', rows } : { type: 'table', caption, rows };
}

/** Text as a reader sees it: line breaks for <br>, the drawn glyph spans left out. */
function textOf(element: Element | null): string {
  if (!element) return '';
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === TEXT) text += node.nodeValue ?? '';
    else if (node.nodeType === ELEMENT) {
      const el = node as Element;
      if (el.tagName === 'BR') text += '\n';
      else if (!el.classList.contains('glyph')) el.childNodes.forEach(walk);
    }
  };
  element.childNodes.forEach(walk);
  return text;
}

// ---------------------------------------------------------------------------------------------
// Any other page: blocks → lines for the text classifier.

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'ASIDE', 'BLOCKQUOTE', 'PRE', 'ADDRESS', 'FIGURE', 'FIGCAPTION',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DL', 'DT', 'DD', 'HR', 'CENTER', 'FORM', 'FIELDSET', 'LEGEND', 'DETAILS', 'SUMMARY',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'IFRAME', 'BUTTON', 'SELECT']);
const CHROME_TAGS = new Set(['NAV', 'FOOTER']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search']);
/** Tables whose cells are header or contact labels are read cell by cell, like 한글 text. */
const LABEL_CELL = /^(보도(시점|일시)|배포(일시)?|담당(부서|기관|과장|자)|책임자|embargo|releasedate|contact|department)/i;
const HTML_SPACE = /[ \t\n\r\f]+/g;

class PageReader {
  readonly chrome: string[] = [];
  private readonly lines: SourceLine[] = [];
  private inline = '';
  /** List depth, for levels. */
  private depth = 0;
  /** Level of the list item being read, 0 outside lists. */
  private itemLevel: Level | 0 = 0;

  read(node: Node): void {
    if (node.nodeType === TEXT) {
      this.inline += (node.nodeValue ?? '').replace(HTML_SPACE, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const element = node as Element;
    const tag = element.tagName;
    if (SKIPPED_TAGS.has(tag)) return;
    if (CHROME_TAGS.has(tag) || CHROME_ROLES.has(element.getAttribute('role') ?? '')) {
      this.flush();
      this.chrome.push(...PageReader.textLines(element));
      return;
    }
    // A line break inside a block (a two-line title) keeps the lines together.
    if (tag === 'BR') return this.flush(false);
    if (tag === 'TABLE') return this.table(element);
    if (tag === 'UL' || tag === 'OL') {
      this.flush();
      this.depth += 1;
      element.childNodes.forEach((child) => this.read(child));
      this.depth -= 1;
      return this.flush();
    }
    if (tag === 'LI') {
      this.flush();
      const outer = this.itemLevel;
      this.itemLevel = Math.min(Math.max(this.depth, 1), 4) as Level;
      element.childNodes.forEach((child) => this.read(child));
      this.flush();
      this.itemLevel = outer;
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) this.flush();
    element.childNodes.forEach((child) => this.read(child));
    if (block) this.flush();
  }

  finish(): SourceLine[] {
    this.flush();
    return this.lines;
  }

  /** The text lines of a chrome element, for the report. */
  private static textLines(element: Element): string[] {
    const reader = new PageReader();
    element.childNodes.forEach((child) => reader.read(child));
    const texts = reader.finish().map((line) => line.text);
    return [...texts.filter((text) => text !== ''), ...reader.chrome];
  }

  private flush(blankAfter = true): void {
    const raw = this.inline;
    this.inline = '';
    if (this.itemLevel === 0 || raw.trim() === '') return this.push(raw, blankAfter);
    // A list item carries the level of its list, unless its text has its own glyph.
    const level = this.itemLevel;
    const text = raw.trim();
    const marked = readMark(sourceLine(text, 0)) ? text : `${DEFAULT_GLYPHS[level - 1]} ${text}`;
    this.push(`${' '.repeat(LEVEL_SPACES[level])}${marked}`, blankAfter);
  }

  private push(raw: string, blankAfter = true): void {
    if (raw.trim() === '') return;
    this.lines.push(sourceLine(raw, this.lines.length + 1));
    // A blank line between blocks, as in pasted text: it keeps paragraphs apart.
    if (blankAfter) this.lines.push(sourceLine('', this.lines.length + 1));
  }

  private table(element: Element): void {
    this.flush();
    const rows = [...element.querySelectorAll(':scope > tr, :scope > * > tr')].map((row) =>
      [...row.children].filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH'),
    );
    const columns = Math.max(0, ...rows.map((row) => row.length));
    const nested = element.querySelector('table') !== null;
    const labelled = rows.some((row) => row.some((cell) => LABEL_CELL.test(squeeze(cell.textContent ?? ''))));
    if (nested || columns < 2 || labelled) {
      // A layout box or a header / contact table: its cells are content, one after another.
      for (const row of rows) for (const cell of row) this.readBlock(cell);
      return;
    }
    const captionElement = element.querySelector(':scope > caption');
    const captionText = captionElement ? (captionElement.textContent ?? '').replace(HTML_SPACE, ' ').trim() : '';
    const table: TableBlock = {
      type: 'table',
      rows: rows.map((row) => row.map((cell) => (cell.textContent ?? '').replace(HTML_SPACE, ' ').trim())),
    };
    if (captionText) table.caption = readCaption(captionText) ?? captionText;
    this.lines.push({ ...sourceLine('', this.lines.length + 1), table }, sourceLine('', this.lines.length + 2));
  }

  private readBlock(element: Element): void {
    this.flush();
    element.childNodes.forEach((child) => this.read(child));
    this.flush();
  }
}
