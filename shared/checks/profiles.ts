/**
 * Check profiles: the same rules with an agency's limits. `default` is neutral house style
 * (house-style §1, §5); `msit` is 과학기술정보통신부 practice. A profile can switch a rule off or
 * change its severity; it never adds rules of its own, so every finding stays explainable.
 */
import { LINE_HEIGHT, PAGE, SPACE_BEFORE_PT, TYPOGRAPHY } from '../export/typography';
import type { Language } from '../release/model';
import type { Localized, Severity } from './types';

/** Font sizes in points per part, as the exports set them, plus line height and spacing (§5). */
export type Typography = {
  sizePt: Record<keyof typeof TYPOGRAPHY, number>;
  lineHeight: number;
  spaceBeforePt: typeof SPACE_BEFORE_PT;
};

/** A4 and its margins in millimetres. */
export type Page = { widthMm: number; heightMm: number; top: number; bottom: number; left: number; right: number };

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

const EXPORT_TYPOGRAPHY: Typography = {
  sizePt: Object.fromEntries(Object.entries(TYPOGRAPHY).map(([part, face]) => [part, face.sizePt])) as Typography['sizePt'],
  lineHeight: LINE_HEIGHT,
  spaceBeforePt: SPACE_BEFORE_PT,
};

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
  // The measured mode across agencies sets the title at 26pt (house-style §5).
  typography: { ...EXPORT_TYPOGRAPHY, sizePt: { ...EXPORT_TYPOGRAPHY.sizePt, title: 26 } },
  // House style §5 gives only MSIT's margins, the measured mode, so every profile uses them.
  page: PAGE,
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
  // The exports' typography is MSIT's: a 22pt title, so a longer title still fits on two lines.
  typography: EXPORT_TYPOGRAPHY,
};

export const PROFILES = { default: defaultProfile, msit: msitProfile } as const;
export type ProfileId = keyof typeof PROFILES;

/** A profile with an agency's own title limits (settings); the profile itself when they are its own. */
export function withTitleLimits(profile: Profile, titleMaxChars: number, titleMaxLines: number): Profile {
  if (profile.limits.titleMaxChars === titleMaxChars && profile.limits.titleMaxLines === titleMaxLines) return profile;
  return { ...profile, limits: { ...profile.limits, titleMaxChars, titleMaxLines } };
}

export function isProfileId(id: string): id is ProfileId {
  return Object.hasOwn(PROFILES, id);
}
