/**
 * The user's settings, as stored in the app's data folder (or the browser's localStorage) and
 * sent over the bridge. Every field has a default, so an older or partial file still loads, and
 * a file that does not fit is replaced by the defaults (with a notice), never a crash.
 */
import type { Reason } from '../i18n/reason';
import { z } from 'zod';
import { LANGUAGES } from '../release/model';
import { DEFAULT_GLYPHS } from '../release/labels';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** `system` follows the operating system's language; the others are shared/i18n's catalogues. */
export const UI_LANGUAGE_CHOICES = ['system', ...LANGUAGES] as const;

/** How a Korean body is laid out by default: 개조식 (□ ㅇ items) or 문단식 (paragraphs). */
export const BODY_STYLES = ['itemised', 'paragraph'] as const;
export type BodyStyle = (typeof BODY_STYLES)[number];

const glyph = z.string().trim().min(1).max(2);

/** An agency's habits: MSIT (과학기술정보통신부) by default, the measured mode of house-style §5. */
export const agencyProfileSchema = z.object({
  /** The check profile (shared/checks/profiles.ts) whose rules and limits apply. */
  checkProfile: z.enum(['msit', 'default']).default('msit'),
  /** The marker of each item level in new documents, e.g. □ ㅇ - · or ■ ○ – ·. */
  glyphs: z.tuple([glyph, glyph, glyph, glyph]).default([...DEFAULT_GLYPHS]),
  fonts: z
    .object({
      title: z.string().trim().min(1).max(80).default('함초롬돋움'),
      body: z.string().trim().min(1).max(80).default('휴먼명조'),
    })
    .prefault({}),
  titleMaxChars: z.number().int().min(10).max(200).default(40),
  titleMaxLines: z.number().int().min(1).max(5).default(2),
  bodyStyle: z.enum(BODY_STYLES).default('itemised'),
});
export type AgencyProfile = z.infer<typeof agencyProfileSchema>;

export const settingsSchema = z.object({
  /** Written into comments and document properties. */
  authorName: z.string().trim().max(100).default(''),
  /** Language of menus and messages. */
  uiLanguage: z.enum(UI_LANGUAGE_CHOICES).default('system'),
  /** Language of a new document (templates, spellcheck, export labels follow the document). */
  documentLanguage: z.enum(LANGUAGES).default('ko'),
  theme: z.enum(THEMES).default('system'),
  zoomFactor: z.number().min(0.5).max(3).default(1),
  /** How often an open document with changes goes to the recovery journal. */
  autosaveSeconds: z.number().int().min(1).max(600).default(5),
  agency: agencyProfileSchema.prefault({}),
  /** Where export dialogs start; null: the documents folder. */
  exportFolder: z.string().max(4096).nullable().default(null),
  /** Word exports carry the review's comment threads as Word comments (off: a clean copy to send out). */
  wordComments: z.boolean().default(false),
  /** False until the start page has been shown once (first run). */
  welcomeSeen: z.boolean().default(false),
  window: z
    .object({
      width: z.number().int().min(400),
      height: z.number().int().min(300),
      x: z.number().int().optional(),
      y: z.number().int().optional(),
      maximized: z.boolean().default(false),
    })
    .optional(),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/**
 * The settings that were read, and why the defaults replaced them if the stored ones did not fit
 * (a `hostErrors` reason, worded in the interface language by whoever shows it).
 */
export type LoadedSettings = { settings: Settings; problem?: Reason };

/** Read stored settings text: missing means first run; anything unusable gives the defaults and the reason. */
export function parseStoredSettings(text: string | null): LoadedSettings {
  if (text === null) return { settings: DEFAULT_SETTINGS };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { settings: DEFAULT_SETTINGS, problem: { key: 'settings.notJson', params: { detail: error instanceof Error ? error.message : String(error) } } };
  }
  const parsed = settingsSchema.safeParse(json);
  if (parsed.success) return { settings: parsed.data };
  const issue = parsed.error.issues[0];
  const setting = issue?.path.join('.') ?? '';
  const detail = issue?.message ?? '';
  return {
    settings: DEFAULT_SETTINGS,
    problem: setting === '' ? { key: 'settings.invalidFile', params: { detail } } : { key: 'settings.invalidSetting', params: { setting, detail } },
  };
}
