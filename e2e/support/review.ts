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

type Box = { top: number; bottom: number };

/**
 * Where a comment card, the start of its text in the page, and the card region are on screen
 * (null: the card is not drawn).
 */
export async function cardAndText(page: Page, commentText: string): Promise<{ card: Box; text: Box; region: Box } | null> {
  const card = page.locator('.review-panel .thread-margin .thread').filter({ hasText: commentText });
  if ((await card.count()) === 0) return null;
  return card.evaluate((element) => {
    const box = (of: Element) => {
      const rect = of.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom };
    };
    const id = (element as HTMLElement).dataset.threadId!;
    const text = document.querySelector(`.ProseMirror .comment-anchor[data-thread-id="${CSS.escape(id)}"]`)!;
    return { card: box(element), text: box(text), region: box(element.closest('.thread-margin')!) };
  });
}
