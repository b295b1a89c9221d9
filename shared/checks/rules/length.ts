/**
 * Length: does the release (header to contacts, without its 참고/붙임 pages) fit on one A4 page
 * at the house typography (house-style §5)? An estimate from characters per line and line
 * heights, so a writer sees early that the body has outgrown its page.
 */
import type { Block, Release } from '../../release/model';
import type { Profile } from '../profiles';
import type { DocumentRule } from '../types';
import { PT_PER_MM, wrappedLines } from '../text';

// Header box: the kind label (about 20pt) over the embargo and distribution rows (10pt).
const HEADER_LINE_PT = [20, 10, 10];
const CONTACT_LINE_PT = 10;
// Hanging indent per level in ems: leading spaces × 0.5 + glyph width + 0.5 (house-style §5).
const INDENT_EM = [1.5, 2, 2.5, 3];

function blockHeight(block: Block, profile: Profile, parentIndentEm: number): number {
  const { typography: type } = profile;
  const lineHeight = (sizePt: number) => sizePt * type.lineSpacing;
  const textHeight = (text: string, sizePt: number, indentEm: number) =>
    wrappedLines(text, sizePt, profile, indentEm) * lineHeight(sizePt);
  switch (block.type) {
    case 'heading':
      return type.gapPt.levelOne + textHeight(block.text, type.itemPt, 0);
    case 'remark':
      return type.gapPt.note + textHeight(block.text, type.notePt, parentIndentEm + 1);
    case 'table':
      return type.gapPt.levelOne + (block.rows.length + (block.caption ? 1 : 0)) * lineHeight(type.notePt);
    case 'paragraph':
    case 'item': {
      const level = block.type === 'item' ? block.level : 1;
      const sizePt = block.type === 'item' ? type.itemPt : type.paragraphPt;
      const indentEm = block.type === 'item' ? (INDENT_EM[level - 1] as number) : 0;
      const gap = level === 1 ? type.gapPt.levelOne : type.gapPt.child;
      const notes = block.notes.reduce((sum, note) => sum + type.gapPt.note + textHeight(note.text, type.notePt, indentEm + 1.5), 0);
      const children = block.children.reduce((sum, child) => sum + blockHeight(child, profile, indentEm), 0);
      return gap + textHeight(block.text, sizePt, indentEm) + notes + children;
    }
  }
}

/** Estimated height in points of the release's first part, header to contacts. */
export function releaseHeightPt(release: Release, profile: Profile): number {
  const { typography: type } = profile;
  const header = release.embargo || release.distributed ? HEADER_LINE_PT.reduce((a, b) => a + b * type.lineSpacing, 0) : 0;
  const title = wrappedLines(release.title, type.titlePt, profile) * type.titlePt * type.lineSpacing;
  const subtitles = release.subtitles.reduce((sum, s) => sum + wrappedLines(s, type.subtitlePt, profile, 1) * type.subtitlePt * type.lineSpacing, 0);
  const body = release.body.reduce((sum, block) => sum + blockHeight(block, profile, 0), 0);
  const contacts = release.contacts.length ? (release.contacts.length + 2) * CONTACT_LINE_PT * type.lineSpacing : 0;
  return header + title + subtitles + body + contacts;
}

export function pageHeightPt(profile: Profile): number {
  const { heightMm, margins } = profile.page;
  return (heightMm - margins.top - margins.bottom) * PT_PER_MM;
}

export const lengthRules: DocumentRule[] = [
  {
    id: 'length/pages',
    scope: 'document',
    severity: 'warning',
    message: {
      ko: '본문이 A4 약 {pages}쪽 분량입니다({max}쪽 이내 권장).',
      en: 'The release runs to about {pages} A4 pages (aim for {max}).',
    },
    check: (release, profile) => {
      const pages = releaseHeightPt(release, profile) / pageHeightPt(profile);
      const max = profile.limits.bodyMaxPages;
      return pages > max ? [{ target: { part: 'body', path: [] }, params: { pages: pages.toFixed(1), max } }] : [];
    },
  },
];
