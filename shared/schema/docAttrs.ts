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
