/** Steps in the review panel that several review specs take. */
import { expect, type Page } from '@playwright/test';

/** Changes the review author's name (the name comments and suggestions are signed with). */
export async function signAs(page: Page, name: string): Promise<void> {
  const panel = page.locator('.review-panel');
  await panel.locator('[data-action="change-author"]').click();
  await panel.getByTestId('author-name').fill(name);
  await panel.getByTestId('author-name').press('Enter');
  await expect(panel.getByTestId('author')).toHaveText(name);
}
