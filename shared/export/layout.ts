/**
 * What every exporter shares about laying out a release (house-style §5, §6): how far each
 * level is indented, how notes line up, how contacts group. One place, so the text, HTML and
 * Word exports cannot drift apart.
 */
import { CONTACT_LABELS, REMARK_GLYPH } from '../release/labels';
import type { Block, Contact, Language, Note } from '../release/model';

/** Leading spaces per level 1–4 in DOCX-ready text (§6.4); HWP uses 0 / 1 / 2–3 / 4–5. */
export const LEVEL_SPACES: Record<1 | 2 | 3 | 4, number> = { 1: 0, 2: 1, 3: 3, 4: 5 };

/** Notes and ※ remarks sit two spaces deeper than the block they belong to (§6.5). */
export const NOTE_EXTRA_SPACES = 2;

/** Leading spaces of a block's own line: a plain paragraph has none, whatever its depth. */
export function blockSpaces(block: Block): number {
  return block.type === 'item' ? LEVEL_SPACES[block.level] : 0;
}

/**
 * Stacked notes are right-aligned on their asterisks (§3, §6.5): the padding before each marker
 * so that every note text starts in the same column.
 */
export function notePadding(notes: readonly Note[]): number[] {
  const widest = Math.max(0, ...notes.map((note) => note.marker.length));
  return notes.map((note) => widest - note.marker.length);
}

/**
 * Width of a glyph in ems, for hanging indents (§5): full-width glyphs (□ ㅇ ○ ※) take one,
 * narrow ones (- * ·) half each.
 */
export function glyphWidthEm(glyph: string): number {
  let width = 0;
  for (const char of glyph) width += isWide(char) ? 1 : 0.5;
  return width;
}

function isWide(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  // Geometric shapes, symbols, Hangul jamo/syllables and CJK punctuation are drawn full width.
  return code >= 0x2460 || char === REMARK_GLYPH;
}

/**
 * The hanging indent of §5 in ems: where a wrapped line starts (aligned with the first
 * character of the text), and how far the first line hangs back from it to show the glyph.
 */
export function hangingIndentEm(leadingSpaces: number, glyph: string): { left: number; hang: number } {
  if (glyph === '') return { left: 0, hang: 0 };
  const hang = glyphWidthEm(glyph) + 0.5;
  return { left: leadingSpaces * 0.5 + hang, hang };
}

/** A two-line title keeps its break as "\n" (§7); other text must stay on one line. */
export function titleLines(title: string): string[] {
  return title.split(/\r?\n/).filter((line) => line.trim() !== '');
}

/** Inside one block a hard line break would read back as a new block, so it becomes a space. */
export function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ');
}

export type ContactGroup = { department: string | undefined; people: Contact[] };

/** Consecutive contacts of the same department form one group under one department line. */
export function groupContacts(contacts: readonly Contact[]): ContactGroup[] {
  const groups: ContactGroup[] = [];
  for (const contact of contacts) {
    const last = groups[groups.length - 1];
    if (last && last.department === contact.department) last.people.push(contact);
    else groups.push({ department: contact.department, people: [contact] });
  }
  return groups;
}

export function contactRoleLabel(contact: Contact, language: Language): string {
  return CONTACT_LABELS[language][contact.role];
}

/** `과장 이영희 (044-202-6000)` in Korean, `Name, Title (phone)` in English (§6.8). */
export function contactPersonText(contact: Contact, language: Language): string {
  const phone = contact.phone ? ` (${contact.phone})` : '';
  if (language === 'en') return [contact.name, contact.rank].filter(Boolean).join(', ') + phone;
  return [contact.rank, contact.name].filter(Boolean).join(' ') + phone;
}

/** A table cell or caption as one line: cells are separated by ` | ` in text. */
export function captionText(caption: string): string {
  return `< ${oneLine(caption)} >`;
}
