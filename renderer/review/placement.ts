/**
 * Where comment cards go in the margin beside the page, as in a word processor's comment
 * margin: each card level with its text, in document order, never overlapping, the active one
 * exactly level and the others giving way. Pure arithmetic on pixel tops; useThreadPlacement
 * measures the page and renders.
 */

/** Space between two stacked cards. */
export const CARD_GAP = 8;

/** A card to place: `top` is where it would like to be (its text's top), `height` its size. */
export type CardSlot = { top: number; height: number };

/**
 * Tops for `cards` in document order. The active card (index `active`, -1 for none) sits
 * exactly at its wanted top; each card after it sits at its own or just below the card
 * before it; each card before it sits at its own or just above the card after it. Without an
 * active card the stack starts from the first card.
 */
export function stackCards(cards: readonly CardSlot[], active: number, gap = CARD_GAP): number[] {
  const tops: number[] = new Array<number>(cards.length);
  const start = active >= 0 ? active : 0;
  let bottom = -Infinity;
  for (let i = start; i < cards.length; i++) {
    const card = cards[i]!;
    const top = i === active ? card.top : Math.max(card.top, bottom + gap);
    tops[i] = top;
    bottom = top + card.height;
  }
  for (let i = start - 1; i >= 0; i--) {
    const card = cards[i]!;
    tops[i] = Math.min(card.top, tops[i + 1]! - gap - card.height);
  }
  return tops;
}

/**
 * The index range [first, end) of stacked cards that reach into the band from `from` to `to`.
 * Stacked cards never overlap, so tops and bottoms both ascend: two binary searches.
 */
export function cardsWithin(tops: readonly number[], heights: readonly number[], from: number, to: number): [number, number] {
  const firstIndex = (test: (i: number) => boolean) => {
    let low = 0;
    let high = tops.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (test(middle)) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  const first = firstIndex((i) => tops[i]! + heights[i]! >= from);
  const end = firstIndex((i) => tops[i]! > to);
  return [first, Math.max(first, end)];
}

/** What of the page is on screen and where the card region is, in page-content pixels. */
export type PageView = { scrollTop: number; scrollBottom: number; regionTop: number; regionBottom: number };

/**
 * The active card's wanted top. Level with its text, except while the text is on screen but
 * the card would not fit beside it (the region starts below the panel's tools, and a short
 * page cannot scroll a card near its bottom into sight): then as close as fits inside the
 * region, its top first, so the card being worked on, a new comment's form above all, is
 * always in sight.
 */
export function activeCardTop(textTop: number, height: number, view: PageView): number {
  if (textTop < view.scrollTop || textTop > view.scrollBottom) return textTop;
  return Math.max(view.regionTop, Math.min(textTop, view.regionBottom - height));
}

type Span = { top: number; bottom: number };

/**
 * How far to scroll the page (positive: down) so a card fits inside the card region. Its top
 * never goes above the region: a card taller than the region shows its beginning.
 */
export function revealDistance(card: Span, region: Span): number {
  if (card.top < region.top) return card.top - region.top;
  if (card.bottom > region.bottom) return Math.min(card.bottom - region.bottom + CARD_GAP, card.top - region.top);
  return 0;
}
