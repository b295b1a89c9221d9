/**
 * Check profiles: the same rules with an agency's limits. `default` is neutral house style
 * (house-style §1, §5); `msit` is 과학기술정보통신부 practice. A profile can switch a rule off or
 * change its severity; it never adds rules of its own, so every finding stays explainable.
 */
import type { Language } from '../release/model';
import type { Localized, Severity } from './types';

export type Typography = {
  titlePt: number;
  subtitlePt: number;
  /** □ ㅇ - · items and headings. */
  itemPt: number;
  /** 문단식 plain paragraphs. */
  paragraphPt: number;
  /** `*` notes, `※` remarks and table text. */
  notePt: number;
  /** Line height as a multiple of the font size (160%). */
  lineSpacing: number;
  /** Space before a level-1 block, before a child block, and before a note. */
  gapPt: { levelOne: number; child: number; note: number };
};

export type Page = {
  widthMm: number;
  heightMm: number;
  margins: { top: number; right: number; bottom: number; left: number };
};

export type Limits = {
  titleMaxChars: number;
  titleMaxLines: number;
  subtitlesMax: Record<Language, number>;
  /** Korean packs about twice the content per character, so English gets a longer sentence. */
  sentenceMaxChars: Record<Language, number>;
  bodyMaxPages: number;
};

export type Profile = {
  id: string;
  name: Localized;
  /** 'off' drops a rule; a severity replaces the rule's own. */
  rules: Record<string, 'off' | Severity>;
  limits: Limits;
  typography: Typography;
  page: Page;
};

const HOUSE_TYPOGRAPHY: Typography = {
  titlePt: 26,
  subtitlePt: 14,
  itemPt: 15,
  paragraphPt: 14,
  notePt: 12,
  lineSpacing: 1.6,
  gapPt: { levelOne: 10, child: 7, note: 4 },
};

// House style §5 gives only MSIT's margins; they are the measured mode, so both profiles use them.
const A4_MSIT_MARGINS: Page = { widthMm: 210, heightMm: 297, margins: { top: 10, right: 20, bottom: 15, left: 20 } };

export const defaultProfile: Profile = {
  id: 'default',
  name: { ko: '기본', en: 'Default' },
  rules: {},
  limits: {
    titleMaxChars: 40,
    titleMaxLines: 2,
    // House style §1: one or two subtitles.
    subtitlesMax: { ko: 2, en: 2 },
    sentenceMaxChars: { ko: 150, en: 300 },
    bodyMaxPages: 1,
  },
  typography: HOUSE_TYPOGRAPHY,
  page: A4_MSIT_MARGINS,
};

export const msitProfile: Profile = {
  ...defaultProfile,
  id: 'msit',
  name: { ko: '과학기술정보통신부', en: 'MSIT' },
  limits: {
    ...defaultProfile.limits,
    // MSIT's English pages carry three highlight bullets.
    subtitlesMax: { ko: 2, en: 3 },
  },
  // MSIT sets its title at 22pt, so a longer title still fits on two lines.
  typography: { ...HOUSE_TYPOGRAPHY, titlePt: 22 },
};

export const PROFILES = { default: defaultProfile, msit: msitProfile } as const;
export type ProfileId = keyof typeof PROFILES;

export function isProfileId(id: string): id is ProfileId {
  return Object.hasOwn(PROFILES, id);
}
