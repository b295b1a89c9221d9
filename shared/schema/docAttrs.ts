/** Reading the document's attributes (language, glyph per level) from its node or JSON, with defaults. */
import { DEFAULT_GLYPHS } from '../release/labels';
import type { Language } from '../release/model';

export type Glyphs = [string, string, string, string];

export function documentLanguage(attrs: Record<string, unknown> | undefined): Language {
  return attrs?.language === 'en' ? 'en' : 'ko';
}

export function documentGlyphs(attrs: Record<string, unknown> | undefined): Glyphs {
  const glyphs = attrs?.glyphs;
  if (Array.isArray(glyphs) && glyphs.length === 4 && glyphs.every((g) => typeof g === 'string' && g !== '')) {
    return [...glyphs] as Glyphs;
  }
  return [...DEFAULT_GLYPHS];
}

export type AttachmentKind = 'reference' | 'annex';

/** The word before an attachment's number: 참고 1, 붙임 2 (Reference 1, Annex 2). */
export const ATTACHMENT_WORDS: Record<Language, Record<AttachmentKind, string>> = {
  ko: { reference: '참고', annex: '붙임' },
  en: { reference: 'Reference', annex: 'Annex' },
};
