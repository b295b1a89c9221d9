/**
 * House-style checks as an author meets them: a squiggle under the mistake while typing, the
 * panel listing it, Fix and Fix all safe changing the text, and a silence (with its reason)
 * that is saved in the .bodo file and still holds when the file is opened again.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const editorRoot = (page: Page) => page.locator('.ProseMirror');
const field = (page: Page, type: string) => editorRoot(page).locator(`[data-type="${type}"]`).first();
const panel = (page: Page) => page.getByRole('region', { name: /House style|표기 검사/ });
const findingsOf = (page: Page, rule: string) => panel(page).locator(`.checks-finding[data-rule="${rule}"]`);
const squiggles = (page: Page, rule: string) => editorRoot(page).locator(`[data-check-rule="${rule}"]`);
const badgeCount = (page: Page, severity: string) => page.getByTestId('checks-badge').locator(`[data-severity="${severity}"]`);

async function openPanel(page: Page) {
  await page.getByTestId('checks-badge').click();
  await expect(panel(page)).toBeVisible();
}

/** Types a body line with a double space: a warning with a safe fix. */
async function typeDoubleSpace(page: Page, text = '예산은  100억원이다') {
  await editorRoot(page).locator('[data-type="line"]').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

test('a wrong weekday in the embargo is an error in the panel and a squiggle, and Fix corrects it', async ({ page, host }) => {
  await host.sendCommand({ name: 'new' });
  // A title first: an empty one is an error of its own.
  await field(page, 'title').click();
  await page.keyboard.type('과기정통부, AI 반도체 실증 공모');
  await field(page, 'embargo').click();
  // 3 December 2026 is a Thursday (목).
  await page.keyboard.type('2026. 12. 3.(수) 12:00');

  await expect(badgeCount(page, 'error')).toHaveAttribute('data-count', '1');
  await expect(squiggles(page, 'header/weekday-mismatch')).toHaveText('수');
  await expect(squiggles(page, 'header/weekday-mismatch')).toHaveClass(/check-error/);

  await openPanel(page);
  const finding = findingsOf(page, 'header/weekday-mismatch');
  await expect(finding).toHaveAttribute('data-severity', 'error');
  await expect(panel(page).locator('.checks-place').first()).toHaveText(/Embargo|보도시점/);

  // A click selects the text the finding is about.
  await finding.locator('.checks-message').click();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('수');

  await finding.getByRole('button', { name: /^(Fix|고치기)$/ }).click();
  await expect(field(page, 'embargo')).toHaveText('2026. 12. 3.(목) 12:00');
  await expect(findingsOf(page, 'header/weekday-mismatch')).toHaveCount(0);
  await expect(squiggles(page, 'header/weekday-mismatch')).toHaveCount(0);
  await expect(badgeCount(page, 'error')).toHaveAttribute('data-count', '0');
});

test('a double space is a warning as it is typed, and Fix all safe clears it', async ({ page, host }) => {
  await host.sendCommand({ name: 'new' });
  await typeDoubleSpace(page, '예산은  100억원이고  기간은 3년이다');
  await expect(squiggles(page, 'text/double-space')).toHaveCount(2);
  await expect(squiggles(page, 'text/double-space').first()).toHaveClass(/check-warning/);

  await openPanel(page);
  await expect(findingsOf(page, 'text/double-space')).toHaveCount(2);
  await panel(page).getByRole('button', { name: /Fix all safe|안전한 것 모두 고치기/ }).click();
  await expect(editorRoot(page)).toContainText('예산은 100억원이고 기간은 3년이다');
  await expect(squiggles(page, 'text/double-space')).toHaveCount(0);
  await expect(findingsOf(page, 'text/double-space')).toHaveCount(0);
});

test('silencing records a reason that survives save and reopen', async ({ page, host }) => {
  await host.sendCommand({ name: 'new' });
  await typeDoubleSpace(page);
  await expect(squiggles(page, 'text/double-space')).toHaveCount(1);
  const path = join(host.folder, 'silenced.bodo');
  await host.answerSaveDialog(path);
  await page.locator('[data-action="saveAs"]').click();
  await expect(page.locator('.app')).toHaveAttribute('data-dirty', 'false');
  await openPanel(page);

  const finding = findingsOf(page, 'text/double-space');
  await finding.getByRole('button', { name: /Silence…|무시…/ }).click();
  await finding.getByRole('textbox').fill('인용문 원문 그대로 둔다');
  await finding.getByRole('button', { name: /^(Silence|무시하기)$/ }).click();

  await expect(findingsOf(page, 'text/double-space')).toHaveCount(0);
  await expect(squiggles(page, 'text/double-space')).toHaveCount(0);
  await expect(panel(page).locator('[data-severity="silenced"]')).toHaveAttribute('data-count', '1');
  // The silence alone is an unsaved change.
  await expect(page.locator('.app')).toHaveAttribute('data-dirty', 'true');

  await host.sendCommand({ name: 'save' });
  await expect(page.locator('.app')).toHaveAttribute('data-dirty', 'false');
  const saved = JSON.parse(await readFile(path, 'utf8')) as { silenced?: Array<Record<string, unknown>> };
  expect(saved.silenced).toHaveLength(1);
  expect(saved.silenced?.[0]).toMatchObject({ ruleId: 'text/double-space', target: { part: 'body', path: [0] }, reason: '인용문 원문 그대로 둔다' });
  expect(Date.parse(String(saved.silenced?.[0]?.at))).not.toBeNaN();

  await host.sendCommand({ name: 'new' });
  await expect(editorRoot(page)).not.toContainText('100억원');
  await host.answerOpenDialog(path);
  await host.sendCommand({ name: 'open' });
  await expect(editorRoot(page)).toContainText('예산은  100억원이다');
  await expect(squiggles(page, 'text/double-space')).toHaveCount(0);
  await openPanel(page);
  await expect(findingsOf(page, 'text/double-space')).toHaveCount(0);
  await expect(panel(page).locator('[data-severity="silenced"]')).toHaveAttribute('data-count', '1');
});
