/**
 * The interface in Korean and in English: after switching, no visible string, and no
 * aria-label, title or placeholder, is a catalogue key or a string of the other language.
 * The document itself (inside the editor) follows the document's language and is not scanned.
 */
import type { Page } from '@playwright/test';
import { CATALOGUES, type UiLanguage } from '../shared/i18n';
import { expect, test } from './support/fixtures';
import { changeSettings } from './support/settings';

type Catalogue = Record<string, unknown>;

function leaves(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  return Object.entries(node as Catalogue).flatMap(([key, inner]) => leaves(inner, prefix ? `${prefix}.${key}` : key));
}

/** A catalogue string as a pattern: a {{count}} matches a number, other {{placeholders}} anything. */
const patternOf = (text: string) =>
  new RegExp(
    `^${text
      .split(/(\{\{\w+\}\})/)
      .map((part) => (part === '{{count}}' ? '\\d+' : /^\{\{\w+\}\}$/.test(part) ? '.+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('')}$`,
    'u',
  );

const KEYS = new Set(leaves(CATALOGUES.en).map(([key]) => key.replace(/_(one|other)$/, '')));

/** The strings of `other` that `language` says differently (names like "HTML" are the same in both). */
function foreignPatterns(language: UiLanguage): RegExp[] {
  const other: UiLanguage = language === 'ko' ? 'en' : 'ko';
  const own = new Set(leaves(CATALOGUES[language]).map(([, text]) => text));
  return leaves(CATALOGUES[other])
    .map(([, text]) => text)
    .filter((text) => !own.has(text) && text.replace(/\{\{\w+\}\}/g, '').trim().length > 1)
    .map(patternOf);
}

/** Every visible text and accessible label outside the document. */
async function interfaceStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const outsideDocument = (element: Element) => !element.closest('.ProseMirror');
    for (const element of document.querySelectorAll('body *')) {
      if (!outsideDocument(element)) continue;
      for (const attribute of ['aria-label', 'title', 'placeholder', 'aria-description']) {
        const value = element.getAttribute(attribute);
        if (value) found.push(value.trim());
      }
      // A control with its own label shows a symbol (□, 참고, B): the label is what is read and checked.
      if (element.hasAttribute('aria-label')) continue;
      for (const child of element.childNodes) {
        const text = child.nodeType === Node.TEXT_NODE ? child.textContent?.trim() : '';
        if (text && (element as HTMLElement).offsetParent !== null) found.push(text);
      }
    }
    return [...new Set(found)];
  });
}

async function expectOnly(page: Page, language: UiLanguage, view: string): Promise<void> {
  const strings = await interfaceStrings(page);
  expect(strings.length, `${view}: strings found`).toBeGreaterThan(10);
  expect(strings.filter((text) => KEYS.has(text)), `${view}: untranslated keys`).toEqual([]);
  const foreign = foreignPatterns(language);
  expect(strings.filter((text) => foreign.some((pattern) => pattern.test(text))), `${view}: strings of the other language`).toEqual([]);
  if (language === 'ko') {
    // English left in code, not in any catalogue: Latin words with no Hangul beside them.
    const own = new Set(leaves(CATALOGUES.ko).map(([, text]) => text));
    const english = strings.filter((text) => /[A-Za-z]{3,}/.test(text.replace(/Bodo|HTML|JSON|PDF|Word|\.[a-z]+\b/g, '')) && !/[가-힣]/.test(text) && !own.has(text));
    expect(english, `${view}: English in the Korean interface`).toEqual([]);
  }
}

async function scanViews(page: Page, language: UiLanguage): Promise<void> {
  await expectOnly(page, language, `${language} editor`);
  await page.locator('[data-action="settings"]').click();
  await expectOnly(page, language, `${language} settings`);
  await page.keyboard.press('Escape');
  await page.locator('[data-action="welcome"]').click();
  await expectOnly(page, language, `${language} start page`);
  await page.keyboard.press('Escape');
}

test('switching the interface language changes every visible string', async ({ page }) => {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await scanViews(page, 'en');

  await changeSettings(page, async (panel) => void (await panel.getByLabel('Interface language').selectOption('ko')));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await scanViews(page, 'ko');

  await changeSettings(page, async (panel) => void (await panel.getByLabel('화면 언어').selectOption('en')));
  await expect(page.locator('[data-action="settings"]')).toHaveText('Settings');
  await scanViews(page, 'en');
});

test('the interface language is separate from the document language', async ({ page, host }) => {
  await changeSettings(page, async (panel) => void (await panel.getByLabel('Interface language').selectOption('ko')));
  await host.sendCommand({ name: 'new', template: 'en' });
  // Korean menus and buttons, an English document: its labels and spellcheck follow the document.
  await expect(page.locator('[data-action="settings"]')).toHaveText('설정');
  await expect(page.locator('.ProseMirror')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.ProseMirror')).toHaveAttribute('spellcheck', 'true');
});
