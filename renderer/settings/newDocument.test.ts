import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings/schema';
import { documentFromSettings } from './newDocument';

const now = new Date('2026-05-01T09:00:00Z');
const withAgency = (agency: Partial<Settings['agency']>, rest: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  ...rest,
  agency: { ...DEFAULT_SETTINGS.agency, ...agency },
});

describe('new documents follow the settings', () => {
  it('start itemised in Korean with the house glyphs by default', () => {
    const document = documentFromSettings(undefined, DEFAULT_SETTINGS, now);
    expect(document.meta).toMatchObject({ language: 'ko', template: 'ko-gaejo' });
    expect(document.content.attrs?.glyphs).toEqual(['□', 'ㅇ', '-', '·']);
  });

  it('use the agency’s body style, glyph variants and document language', () => {
    expect(documentFromSettings(undefined, withAgency({ bodyStyle: 'paragraph' }), now).meta.template).toBe('ko-paragraph');
    expect(documentFromSettings(undefined, withAgency({ glyphs: ['■', '○', '–', '·'] }), now).content.attrs?.glyphs).toEqual(['■', '○', '–', '·']);
    expect(documentFromSettings(undefined, withAgency({}, { documentLanguage: 'en' }), now).meta.language).toBe('en');
  });

  it('take a named template over the default', () => {
    expect(documentFromSettings('en', DEFAULT_SETTINGS, now).meta.template).toBe('en');
    expect(documentFromSettings('nonsense', DEFAULT_SETTINGS, now).meta.template).toBe('ko-gaejo');
  });
});
