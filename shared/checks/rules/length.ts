/**
 * Length: does the release (header to contacts, without its 참고/붙임 pages) fit on one A4 page
 * at the house typography (house-style §5)? An estimate from characters per line and line
 * heights, so a writer sees early that the body has outgrown its page.
 */
import { DEFAULT_GLYPHS } from '../../release/labels';
import type { Block, Release } from '../../release/model';
import { LEVEL_SPACES, hangingIndentEm } from '../../export/layout';
import type { Profile } from '../profiles';
import { PT_PER_MM, wrappedLines } from '../text';
import type { DocumentRule } from '../types';

/** Height in points of a text set at `sizePt` after `indentEm`, wrapped to the page. */
function textHeight(text: string, sizePt: number, indentEm: number, profile: Profile): number {
  return wrappedLines(text, sizePt, profile, indentEm) * sizePt * profile.typography.lineHeight;
}

function blockHeight(block: Block, profile: Profile, parentIndentEm: number): number {
  const { sizePt, spaceBeforePt } = profile.typography;
  switch (block.type) {
    case 'heading':
      return spaceBeforePt[1] + textHeight(block.text, sizePt.heading, 0, profile);
    case 'remark':
      return spaceBeforePt.note + textHeight(block.text, sizePt.note, parentIndentEm + 1, profile);
    case 'table':
      return spaceBeforePt[1] + (block.rows.length + (block.caption ? 1 : 0)) * sizePt.table * profile.typography.lineHeight;
    case 'paragraph':
    case 'item': {
      const level = block.type === 'item' ? block.level : 1;
      const indentEm = block.type === 'item' ? hangingIndentEm(LEVEL_SPACES[level], DEFAULT_GLYPHS[level - 1] as string).left : 0;
      const size = block.type === 'item' ? sizePt.item : sizePt.paragraph;
      const notes = block.notes.reduce((sum, note) => sum + spaceBeforePt.note + textHeight(note.text, sizePt.note, indentEm + 1.5, profile), 0);
      const children = block.children.reduce((sum, child) => sum + blockHeight(child, profile, indentEm), 0);
      return spaceBeforePt[level] + textHeight(block.text, size, indentEm, profile) + notes + children;
    }
  }
}

/** Estimated height in points of the release's first part, header to contacts. */
export function releaseHeightPt(release: Release, profile: Profile): number {
  const { sizePt, lineHeight } = profile.typography;
  // Header box: the kind label over the embargo and distribution rows.
  const header = release.embargo || release.distributed ? (sizePt.kind + 2 * sizePt.header) * lineHeight : 0;
  const title = textHeight(release.title, sizePt.title, 0, profile);
  const subtitles = release.subtitles.reduce((sum, subtitle) => sum + textHeight(subtitle, sizePt.subtitle, 1, profile), 0);
  const body = release.body.reduce((sum, block) => sum + blockHeight(block, profile, 0), 0);
  // Contact table: the department row, a row per person, and the table's own padding (one row).
  const contacts = release.contacts.length ? (release.contacts.length + 2) * sizePt.header * lineHeight : 0;
  return header + title + subtitles + body + contacts;
}

export function pageHeightPt(profile: Profile): number {
  return (profile.page.heightMm - profile.page.top - profile.page.bottom) * PT_PER_MM;
}

export const lengthRules: DocumentRule[] = [
  {
    id: 'length/pages',
    scope: 'document',
    severity: 'warning',
    check: (release, profile) => {
      const pages = releaseHeightPt(release, profile) / pageHeightPt(profile);
      const max = profile.limits.bodyMaxPages;
      return pages > max ? [{ target: { part: 'body', path: [] }, params: { pages: pages.toFixed(1), max } }] : [];
    },
  },
];
