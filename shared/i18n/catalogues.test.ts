import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, translatorFor, uiLanguageFor, UI_LANGUAGES } from './index';

const folder = (language: string) => join(__dirname, language);
const namespaces = (language: string) => readdirSync(folder(language)).filter((name) => name.endsWith('.json')).sort();

/** Dotted paths of every string, with i18next's plural suffixes folded into the key they belong to. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

function leaves(value: unknown): string[] {
  return typeof value === 'string' ? [value] : Object.values(value as Record<string, unknown>).flatMap(leaves);
}

describe('interface catalogues', () => {
  it('have the same namespace files in every language, and every file is loaded', () => {
    expect(namespaces('en')).toEqual(namespaces('ko'));
    for (const language of UI_LANGUAGES) {
      expect(Object.keys(CATALOGUES[language]).sort()).toEqual(namespaces(language).map((name) => name.replace(/\.json$/, '')));
    }
  });

  it.each(namespaces('en'))('%s has the same keys in Korean and English', (file) => {
    const read = (language: string) => JSON.parse(readFileSync(join(folder(language), file), 'utf8')) as unknown;
    expect(keysOf(read('ko')).sort()).toEqual(keysOf(read('en')).sort());
  });

  it('has no empty strings and the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of keysOf(CATALOGUES.en)) {
      const [en, ko] = (['en', 'ko'] as const).map((language) =>
        key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], CATALOGUES[language]),
      ) as [string, string];
      expect(en.trim(), key).not.toBe('');
      expect(ko.trim(), key).not.toBe('');
      // Korean plural forms share one text; the count still has to appear in it.
      expect(placeholders(ko), key).toEqual(placeholders(en));
    }
  });

  it('has Korean in the Korean catalogue wherever English has words', () => {
    const hangul = /[\u3131-\u318E\uAC00-\uD7A3]/;
    const untranslated = keysOf(CATALOGUES.ko).filter((key, i) => {
      const text = leaves(CATALOGUES.ko)[i] as string;
      return /[a-z]{3,}/.test(text.replace(/\{\{\w+\}\}/g, '').replace(/Bodo|HTML|JSON|PDF|Word|A4|\.[a-z]+\b/g, '')) && !hangul.test(text);
    });
    expect(untranslated).toEqual([]);
  });

  it('follows the system language: Korean for Korean systems, English otherwise', () => {
    expect(uiLanguageFor(['ko-KR', 'en-US'])).toBe('ko');
    expect(uiLanguageFor(['de-DE', 'ko'])).toBe('ko');
    expect(uiLanguageFor(['en-GB', 'ko-KR'])).toBe('en');
    expect(uiLanguageFor(['fr-FR'])).toBe('en');
    expect(uiLanguageFor([])).toBe('en');
  });

  it('gives the main process a translator per language', () => {
    expect(translatorFor('ko')('menu.file')).toBe('파일');
    expect(translatorFor('en')('menu.unsavedMessage', { title: '보도' })).toBe('Do you want to save the changes to “보도”?');
  });
});
