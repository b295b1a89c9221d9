/**
 * A standalone HTML5 file that looks like the printed release (house-style §5) and carries
 * enough markup (data-type, data-level, data-marker …) for an importer to read it back exactly.
 * Glyphs are text in the markup, so copy and paste keeps them. No script; every text escaped.
 */
import { CONTACT_LABELS, HEADER_LABELS, KIND_LABELS, REMARK_GLYPH } from '../release/labels';
import type { Attachment, Block, Contact, Note, Release, TableBlock } from '../release/model';
import {
  NOTE_EXTRA_SPACES,
  blockSpaces,
  captionText,
  contactRoleLabel,
  glyphWidthEm,
  groupContacts,
  hangingIndentEm,
  titleLines,
} from './layout';
import {
  EMBARGO_BLUE,
  LINE_HEIGHT,
  PAGE,
  SPACE_BEFORE_PT,
  TABLE_HEADER_SHADE,
  TYPOGRAPHY,
  type Face,
} from './typography';

export type HtmlExportOptions = {
  /** Only the `<article>`, for a CMS that brings its own page and styles. */
  bodyOnly?: boolean;
};

export function releaseToHtml(release: Release, options: HtmlExportOptions = {}): string {
  const hangs = new HangingIndents();
  const article = renderArticle(release, hangs);
  if (options.bodyOnly) return `${article}\n`;
  const pageTitle = (titleLines(release.title).join(' ') || KIND_LABELS[release.language][release.kind]);
  return [
    '<!DOCTYPE html>',
    `<html lang="${release.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Bodo">',
    `<title>${pageTitleHtml(pageTitle)}</title>`,
    `<style>\n${BASE_CSS}${hangs.css()}</style>`,
    '</head>',
    '<body>',
    article,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * Browser tabs and search results cut titles near 70 characters (html-validate counts the
 * escaped source), so the page title is shortened; the h1 keeps the whole title.
 */
const PAGE_TITLE_MAX = 70;

function pageTitleHtml(title: string): string {
  if (escapeText(title).length <= PAGE_TITLE_MAX) return escapeText(title);
  let kept = '';
  for (const char of title) {
    if (escapeText(`${kept}${char}…`).length > PAGE_TITLE_MAX) break;
    kept += char;
  }
  return escapeText(`${kept.trimEnd()}…`);
}

// ---------------------------------------------------------------------------------------------
// Escaping and links

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

function attr(name: string, value: string | number | boolean | null | undefined): string {
  return value === undefined || value === null ? '' : ` ${name}="${escapeText(String(value))}"`;
}

/** Only http, https and mailto ever become links; anything else (javascript: …) stays text. */
const LINK = /\b(?:https?:\/\/[^\s<>"'`]+[^\s<>"'`.,;:!?)\]]|mailto:[^\s<>"'`@]+@[^\s<>"'`]+[^\s<>"'`.,;:!?)\]])/g;

/** Escaped text with safe links, line breaks as <br> (a two-line title or embargo). */
function richText(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => {
      let html = '';
      let last = 0;
      for (const match of line.matchAll(LINK)) {
        const url = match[0];
        html += escapeText(line.slice(last, match.index)) + `<a href="${escapeText(url)}">${escapeText(url)}</a>`;
        last = match.index + url.length;
      }
      return html + escapeText(line.slice(last));
    })
    .join('<br>');
}

// ---------------------------------------------------------------------------------------------
// Hanging indents: one CSS class per (leading spaces, glyph width) the document uses (§5)

class HangingIndents {
  private readonly rules = new Map<string, string>();

  /** Class for a line indented `spaces` with `glyph` before its text. */
  classFor(spaces: number, glyph: string): string {
    const halfEms = Math.round(glyphWidthEm(glyph) * 2);
    const name = `hang-${spaces}-${halfEms}`;
    if (!this.rules.has(name)) {
      const { left, hang } = hangingIndentEm(spaces, glyph);
      this.rules.set(
        name,
        `.${name} { padding-left: ${left}em; text-indent: -${hang}em; }\n.${name} > .glyph { width: ${hang}em; }\n`,
      );
    }
    return name;
  }

  css(): string {
    return [...this.rules.values()].join('');
  }
}

// ---------------------------------------------------------------------------------------------
// The document

function renderArticle(release: Release, hangs: HangingIndents): string {
  const parts = [
    `<article class="bodo-release"${attr('data-format', release.format)}${attr('data-version', release.version)}` +
      `${attr('lang', release.language)}${attr('data-kind', release.kind)}>`,
    renderHeader(release),
    renderTitle(release),
    `<section class="release-body" data-part="body">`,
    ...release.body.map((block) => renderBlock(block, 0, hangs, 'h2')),
    '</section>',
    // Printed order (§1): the contact table closes the release, then come the 참고 pages.
    renderContacts(release),
    ...release.attachments.map((attachment) => renderAttachment(attachment, hangs)),
    '</article>',
  ];
  return parts.filter((part) => part !== '').join('\n');
}

function renderHeader(release: Release): string {
  const labels = HEADER_LABELS[release.language];
  const timing: string[] = [];
  if (release.embargo) {
    const { embargo } = release;
    timing.push(
      `<th scope="row">${escapeText(labels.embargo)}</th><td class="embargo" data-field="embargo"` +
        `${attr('data-online', embargo.online)}${attr('data-print', embargo.print)}` +
        `${attr('data-immediate', embargo.immediate)}>${richText(embargo.text)}</td>`,
    );
  }
  if (release.distributed !== null) {
    timing.push(
      `<th scope="row">${escapeText(labels.distributed)}</th><td class="distributed" data-field="distributed">` +
        `${richText(release.distributed)}</td>`,
    );
  }
  const kind = `<td class="kind" data-field="kind"${attr('colspan', release.agency === null ? 4 : 2)}>` +
    `${escapeText(KIND_LABELS[release.language][release.kind])}</td>`;
  const agency = release.agency === null
    ? ''
    : `<td class="agency" data-field="agency" colspan="2">${richText(release.agency)}</td>`;
  const timingRow = timing.length === 0 ? '' : `\n<tr>${timing.join('')}${timing.length === 1 ? '<td colspan="2"></td>' : ''}</tr>`;
  return [
    '<header class="release-header">',
    `<table class="masthead">\n<tbody>\n<tr>${kind}${agency}</tr>${timingRow}\n</tbody>\n</table>`,
    '</header>',
  ].join('\n');
}

function renderTitle(release: Release): string {
  const subtitles = release.subtitles.map(
    (subtitle) => `<p class="subtitle" data-type="subtitle"><span class="glyph">- </span>${richText(subtitle)}</p>`,
  );
  return [
    '<div class="title-box">',
    `<h1 class="title" data-field="title">${titleLines(release.title).map(richText).join('<br>')}</h1>`,
    '</div>',
    ...subtitles,
  ].join('\n');
}

type HeadingTag = 'h2' | 'h3';

/** `remarkSpaces` places a ※ remark: none at the top, two deeper than its block below one (§6.5). */
function renderBlock(block: Block, remarkSpaces: number, hangs: HangingIndents, heading: HeadingTag): string {
  switch (block.type) {
    case 'heading':
      return `<${heading} class="heading" data-type="heading">${richText(block.text)}</${heading}>`;
    case 'remark':
      return (
        `<p class="remark ${hangs.classFor(remarkSpaces, REMARK_GLYPH)}" data-type="remark">` +
        `<span class="glyph">${REMARK_GLYPH} </span>${richText(block.text)}</p>`
      );
    case 'table':
      return renderTable(block);
    case 'paragraph':
    case 'item': {
      const spaces = blockSpaces(block);
      const isItem = block.type === 'item';
      const line = isItem
        ? `<p class="line ${hangs.classFor(spaces, block.marker)}"><span class="glyph">${escapeText(block.marker)} </span>` +
          `${richText(block.text)}</p>`
        : `<p class="line">${richText(block.text)}</p>`;
      const levelAttrs = isItem ? `${attr('data-level', block.level)}${attr('data-marker', block.marker)}` : '';
      const children = block.children.map((child) => renderBlock(child, spaces + NOTE_EXTRA_SPACES, hangs, heading));
      return [
        `<div class="block ${block.type}${isItem ? ` level-${block.level}` : ''}" data-type="${block.type}"${levelAttrs}>`,
        line,
        renderNotes(block.notes, spaces, hangs),
        ...children,
        '</div>',
      ]
        .filter((part) => part !== '')
        .join('\n');
    }
  }
}

/** Notes right-aligned on their asterisks (§3): every marker box is as wide as the widest. */
function renderNotes(notes: readonly Note[], blockSpaces: number, hangs: HangingIndents): string {
  if (notes.length === 0) return '';
  const widest = notes.reduce((longest, note) => (note.marker.length > longest.length ? note.marker : longest), '');
  const hang = hangs.classFor(blockSpaces + NOTE_EXTRA_SPACES, widest);
  const lines = notes.map(
    (note) =>
      `<p class="note ${hang}" data-type="note"${attr('data-marker', note.marker)}${attr('data-anchor', note.anchor)}>` +
      `<span class="glyph">${escapeText(note.marker)} </span>${richText(note.text)}</p>`,
  );
  return ['<div class="notes">', ...lines, '</div>'].join('\n');
}

/** The first row is the header row (shaded); the caption reads `< 제목 >` above the table. */
function renderTable(table: TableBlock): string {
  const caption =
    table.caption === undefined
      ? ''
      : `<caption${attr('data-caption', table.caption)}>${escapeText(captionText(table.caption))}</caption>\n`;
  const [head, ...rows] = table.rows;
  const headRow = head ? `<thead>\n<tr>${head.map((cell) => `<th scope="col">${richText(cell)}</th>`).join('')}</tr>\n</thead>\n` : '';
  const bodyRows = rows.length === 0
    ? ''
    : `<tbody>\n${rows.map((row) => `<tr>${row.map((cell) => `<td>${richText(cell)}</td>`).join('')}</tr>`).join('\n')}\n</tbody>\n`;
  return `<table class="block table" data-type="table">\n${caption}${headRow}${bodyRows}</table>`;
}

/** Each 참고 / 붙임 page starts on a new printed page with its own title box. */
function renderAttachment(attachment: Attachment, hangs: HangingIndents): string {
  return [
    `<section class="attachment" data-type="attachment"${attr('data-label', attachment.label)}>`,
    `<div class="title-box attachment-title"><h2><span class="attachment-label" data-field="label">${escapeText(attachment.label)}</span> ` +
      `<span data-field="title">${richText(attachment.title)}</span></h2></div>`,
    ...attachment.body.map((block) => renderBlock(block, 0, hangs, 'h3')),
    '</section>',
  ].join('\n');
}

/** The contact table (§1.7): a department row, then one row per person. */
function renderContacts(release: Release): string {
  if (release.contacts.length === 0) return '';
  const { language } = release;
  const rows: string[] = [];
  for (const group of groupContacts(release.contacts)) {
    if (group.department !== undefined) {
      rows.push(
        `<tr data-type="department"><th scope="row">${escapeText(CONTACT_LABELS[language].department)}</th>` +
          `<td colspan="3">${richText(group.department)}</td></tr>`,
      );
    }
    rows.push(...group.people.map((person) => renderContact(person, release)));
  }
  return ['<section class="contacts" data-part="contacts">', '<table class="contacts">', '<tbody>', ...rows, '</tbody>', '</table>', '</section>'].join('\n');
}

function renderContact(person: Contact, release: Release): string {
  const rank = `<td data-field="rank">${escapeText(person.rank ?? '')}</td>`;
  const name = `<td data-field="name">${escapeText(person.name)}</td>`;
  // English reads "Name, Title" (§6.8), Korean "과장 이영희".
  const cells = release.language === 'en' ? name + rank : rank + name;
  return (
    `<tr data-type="contact"${attr('data-role', person.role)}${attr('data-department', person.department)}>` +
    `<th scope="row">${escapeText(contactRoleLabel(person, release.language))}</th>${cells}` +
    `<td data-field="phone">${escapeText(person.phone ?? '')}</td></tr>`
  );
}

// ---------------------------------------------------------------------------------------------
// Styles

function font(face: Face): string {
  const families = face.fonts.map((name) => (/^[A-Za-z-]+$/.test(name) ? name : `"${name}"`));
  const generic = face.fonts.some((name) => /Sans|Gothic|돋움|고딕|Dotum/.test(name)) ? 'sans-serif' : 'serif';
  return `font-family: ${[...families, generic].join(', ')}; font-size: ${face.sizePt}pt;${face.bold ? ' font-weight: bold;' : ''}`;
}

const BASE_CSS = `@page { size: A4; margin: ${PAGE.top}mm ${PAGE.right}mm ${PAGE.bottom}mm ${PAGE.left}mm; }
body { margin: 0 auto; max-width: ${PAGE.widthMm - PAGE.left - PAGE.right}mm; padding: 1em; color: #000; background: #fff; line-height: ${LINE_HEIGHT}; }
@media print { body { padding: 0; max-width: none; } }
.bodo-release { ${font(TYPOGRAPHY.paragraph)} }
.bodo-release p { margin: 0; }
.glyph { display: inline-block; text-indent: 0; white-space: pre; }
.masthead { width: 100%; border-collapse: collapse; margin-bottom: 12pt; }
.masthead th, .masthead td { border: 1px solid #000; padding: 2pt 6pt; ${font(TYPOGRAPHY.header)} }
.masthead .kind { ${font(TYPOGRAPHY.kind)} }
.masthead .agency { text-align: right; }
.masthead .embargo { color: ${EMBARGO_BLUE}; }
.title-box { border: 2px solid #000; padding: 8pt 12pt; margin: 0 0 8pt; text-align: center; }
.title-box h1, .title-box h2 { margin: 0; ${font(TYPOGRAPHY.title)} }
.subtitle { text-align: center; ${font(TYPOGRAPHY.subtitle)} }
.release-body { margin-top: 12pt; }
.heading { margin: 14pt 0 4pt; ${font(TYPOGRAPHY.heading)} }
.block.item > .line { ${font(TYPOGRAPHY.item)} }
.block.paragraph > .line { ${font(TYPOGRAPHY.paragraph)} margin-top: ${SPACE_BEFORE_PT[1]}pt; }
.level-1 > .line { margin-top: ${SPACE_BEFORE_PT[1]}pt; }
.level-2 > .line { margin-top: ${SPACE_BEFORE_PT[2]}pt; }
.level-3 > .line { margin-top: ${SPACE_BEFORE_PT[3]}pt; }
.level-4 > .line { margin-top: ${SPACE_BEFORE_PT[4]}pt; }
.note, .remark { ${font(TYPOGRAPHY.note)} margin-top: ${SPACE_BEFORE_PT.note}pt; }
.note > .glyph { text-align: right; }
table.table { border-collapse: collapse; margin: ${SPACE_BEFORE_PT[1]}pt auto 0; ${font(TYPOGRAPHY.table)} }
table.table caption { padding-bottom: 4pt; font-weight: bold; }
table.table th, table.table td { border: 1px solid #000; padding: 2pt 6pt; }
table.table th { background: ${TABLE_HEADER_SHADE}; font-weight: bold; }
.attachment { break-before: page; page-break-before: always; margin-top: 24pt; }
.contacts { margin-top: 24pt; }
table.contacts { width: 100%; border-collapse: collapse; ${font(TYPOGRAPHY.table)} }
table.contacts th, table.contacts td { border: 1px solid #000; padding: 2pt 6pt; }
table.contacts th { background: ${TABLE_HEADER_SHADE}; text-align: left; white-space: nowrap; }
`;
