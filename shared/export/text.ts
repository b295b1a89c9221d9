/**
 * DOCX-ready text (house-style §6): one block per line, structure kept by glyphs and leading
 * spaces, so it pastes into Word or Hangul and reads back through the text importer.
 */
import { CONTACT_LABELS, HEADER_LABELS, KIND_LABELS, REMARK_GLYPH } from '../release/labels';
import type { Block, Release } from '../release/model';
import {
  NOTE_EXTRA_SPACES,
  blockSpaces,
  captionText,
  contactPersonText,
  contactRoleLabel,
  groupContacts,
  notePadding,
  oneLine,
  titleLines,
} from './layout';

export type TextExportOptions = {
  /** LF by default; CRLF for Windows tools that want it. */
  lineEnding?: 'lf' | 'crlf';
  /** A `.txt` file gets a BOM so Word detects UTF-8; stdout and the clipboard get none. */
  bom?: boolean;
};

/** Collects lines; blank lines are requested, never doubled, and never lead the document. */
class LineWriter {
  private readonly lines: string[] = [];
  private blankPending = false;

  line(text: string): void {
    if (this.blankPending && this.lines.length > 0) this.lines.push('');
    this.blankPending = false;
    this.lines.push(text);
  }

  blank(): void {
    this.blankPending = true;
  }

  toString(): string {
    return this.lines.map((line) => `${line}\n`).join('');
  }
}

export function releaseToText(release: Release, options: TextExportOptions = {}): string {
  const out = new LineWriter();
  writeHeader(release, out);
  for (const line of titleLines(release.title)) out.line(oneLine(line));
  for (const subtitle of release.subtitles) out.line(`- ${oneLine(subtitle)}`);
  writeBlocks(release.body, out);
  for (const attachment of release.attachments) {
    out.blank();
    out.line(`${oneLine(attachment.label)}  ${oneLine(attachment.title)}`.trimEnd());
    writeBlocks(attachment.body, out);
  }
  writeContacts(release, out);

  let text = out.toString();
  if (options.lineEnding === 'crlf') text = text.replace(/\n/g, '\r\n');
  return options.bom ? `\uFEFF${text}` : text;
}

function writeHeader(release: Release, out: LineWriter): void {
  if (release.agency === null && release.embargo === null && release.distributed === null) return;
  const labels = HEADER_LABELS[release.language];
  const kind = KIND_LABELS[release.language][release.kind];
  out.line(release.agency ? `${kind}  ${oneLine(release.agency)}` : kind);
  if (release.embargo) out.line(`${labels.embargo}: ${oneLine(release.embargo.text)}`);
  if (release.distributed) out.line(`${labels.distributed}: ${oneLine(release.distributed)}`);
  out.blank();
}

/** Top-level blocks all count as level 1 (§2, §6.6): each gets a blank line before it. */
function writeBlocks(blocks: readonly Block[], out: LineWriter): void {
  for (const block of blocks) {
    out.blank();
    writeBlock(block, 0, out);
  }
}

/** `parentSpaces` places a ※ remark under its block; other blocks carry their own depth. */
function writeBlock(block: Block, parentSpaces: number, out: LineWriter): void {
  switch (block.type) {
    case 'heading':
      out.blank();
      out.line(oneLine(block.text));
      out.blank();
      return;
    case 'remark':
      out.line(`${' '.repeat(parentSpaces)}${REMARK_GLYPH} ${oneLine(block.text)}`);
      return;
    case 'table':
      if (block.caption !== undefined) out.line(captionText(block.caption));
      for (const row of block.rows) out.line(row.map(oneLine).join(' | '));
      return;
    case 'paragraph':
    case 'item': {
      if (block.type === 'item' && block.level === 1) out.blank();
      const spaces = blockSpaces(block);
      const marker = block.type === 'item' ? `${block.marker} ` : '';
      out.line(`${' '.repeat(spaces)}${marker}${oneLine(block.text)}`);
      const padding = notePadding(block.notes);
      block.notes.forEach((note, index) => {
        const indent = spaces + NOTE_EXTRA_SPACES + (padding[index] ?? 0);
        out.line(`${' '.repeat(indent)}${note.marker} ${oneLine(note.text)}`);
      });
      for (const child of block.children) writeBlock(child, spaces + NOTE_EXTRA_SPACES, out);
      return;
    }
  }
}

/** Contacts close the document (§6.8): a department line, then one line per person. */
function writeContacts(release: Release, out: LineWriter): void {
  if (release.contacts.length === 0) return;
  out.blank();
  for (const group of groupContacts(release.contacts)) {
    if (group.department) out.line(`${CONTACT_LABELS[release.language].department}  ${oneLine(group.department)}`);
    for (const person of group.people) {
      out.line(`${contactRoleLabel(person, release.language)}  ${oneLine(contactPersonText(person, release.language))}`);
    }
  }
}
