/**
 * Accessibility of every main view in both themes (axe-core: no serious or critical
 * violations, colour contrast included), and the keyboard and screen-reader behaviour axe
 * cannot see: the toolbar's roving focus and the announced block type and level.
 */
import type { Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { restartWithSettings } from './support/settings';

// The page's CSP allows only its own scripts: the test lifts it to inject axe-core.
test.use({ bypassCSP: true });

const VIEWS: { name: string; open(page: Page): Promise<void> }[] = [
  { name: 'editor', open: async () => undefined },
  {
    name: 'sample release',
    open: async (page) => {
      await page.locator('[data-action="welcome"]').click();
      await page.getByTestId('welcome').locator('[data-welcome="sample"]').click();
      await expect(page.locator('.ProseMirror [data-type="subtitle"]')).toHaveCount(3);
    },
  },
  { name: 'house-style checks', open: async (page) => page.getByTestId('checks-badge').click() },
  { name: 'start page', open: async (page) => page.locator('[data-action="welcome"]').click() },
  { name: 'settings', open: async (page) => page.locator('[data-action="settings"]').click() },
];

for (const theme of ['light', 'dark'] as const) {
  test(`every main view passes axe-core in the ${theme} theme`, async ({ host, hostKind }) => {
    const page = await restartWithSettings(host, hostKind, JSON.stringify({ welcomeSeen: true, theme }));
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    for (const view of VIEWS) {
      await view.open(page);
      expect(await seriousViolations(page), `${view.name}, ${theme} theme`).toEqual([]);
      await page.keyboard.press('Escape');
    }
  });
}

test('the toolbar is one Tab stop; arrow keys, Home and End move inside it', async ({ page }) => {
  const toolbar = page.getByRole('toolbar');
  await expect(toolbar).toHaveAccessibleName('Formatting and file tools');
  const controls = toolbar.locator('button:not([disabled]), select:not([disabled])');
  await expect(toolbar.locator('[tabindex="0"]')).toHaveCount(1);

  await controls.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(controls.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(controls.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(controls.first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(controls.last()).toBeFocused();
  await expect(toolbar.locator('[tabindex="0"]')).toHaveCount(1);

  // Tab leaves the toolbar at once rather than walking through every button.
  await page.keyboard.press('Tab');
  const stillInside = await toolbar.evaluate((element) => element.contains(document.activeElement));
  expect(stillInside).toBe(false);
});

test('moving between blocks announces the block type and level to screen readers', async ({ page, host }) => {
  await host.sendCommand({ name: 'new', template: 'ko-gaejo' });
  const announcer = page.getByRole('status').filter({ has: page.getByTestId('block-announcer') }).or(page.getByTestId('block-announcer'));
  await expect(announcer).toHaveAttribute('aria-live', 'polite');

  await page.locator('.ProseMirror [data-type="title"]').click();
  await expect(announcer).toHaveText('Title');
  await page.locator('.ProseMirror [data-type="item"][data-level="2"] [data-type="line"]').first().click();
  await expect(announcer).toHaveText('Item, level 2');
  await page.locator('.ProseMirror [data-type="item"][data-level="1"] > [data-type="line"]').first().click();
  await expect(announcer).toHaveText('Item, level 1');
});

test('every control shows where the keyboard focus is', async ({ page }) => {
  for (const selector of ['[data-action="settings"]', '[data-action="new"]']) {
    await page.locator(selector).focus();
    const outline = await page.locator(selector).evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline, selector).not.toBe('none');
  }
});

test('the panels are named landmarks a screen reader can jump between', async ({ page }) => {
  await expect(page.getByRole('navigation', { name: 'Outline' })).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Formatting and file tools' })).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('complementary')).toHaveAccessibleName(/.+/);
  await expect(page.getByRole('textbox', { name: 'Press release' })).toBeVisible();
});

