/**
 * The words a release uses around its content, per document language (house-style §1, §6).
 * These are document labels, not interface strings: they follow the document's language.
 */
import type { Language, ReleaseKind } from './model';

export const KIND_LABELS: Record<Language, Record<ReleaseKind, string>> = {
  ko: {
    'press-release': '보도자료',
    background: '보도참고자료',
    explanation: '보도설명자료',
    rebuttal: '해명자료',
  },
  en: {
    'press-release': 'Press release',
    background: 'Background briefing',
    explanation: 'Explanatory release',
    rebuttal: 'Rebuttal',
  },
};

export const HEADER_LABELS: Record<Language, { embargo: string; distributed: string }> = {
  ko: { embargo: '보도시점', distributed: '배포' },
  en: { embargo: 'Embargo', distributed: 'Release date' },
};

/** Default glyph per level 1–4 (house-style §2); a document may choose variants. */
export const DEFAULT_GLYPHS: readonly [string, string, string, string] = ['□', 'ㅇ', '-', '·'];
export const REMARK_GLYPH = '※';

/** Contact table labels (house-style §1.7, §6.8): the department line and one label per role. */
export const CONTACT_LABELS: Record<Language, { department: string; head: string; staff: string }> = {
  ko: { department: '담당 부서', head: '책임자', staff: '담당자' },
  en: { department: 'Department', head: 'Contact', staff: 'Contact' },
};
