import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeCardTop, CARD_GAP, cardsWithin, revealDistance, stackCards, type CardSlot } from './placement';

const card = (top: number, height = 50): CardSlot => ({ top, height });

/** Cards in document order: text tops ascending, heights positive. */
const cardsArbitrary = fc
  .array(fc.record({ step: fc.integer({ min: 0, max: 300 }), height: fc.integer({ min: 20, max: 200 }) }), { minLength: 1, maxLength: 40 })
  .map((rows) => {
    let top = 0;
    return rows.map(({ step, height }) => ({ top: (top += step), height }));
  });

function overlaps(cards: readonly CardSlot[], tops: readonly number[]): boolean {
  return tops.some((top, i) => i > 0 && top < tops[i - 1]! + cards[i - 1]!.height + CARD_GAP);
}

describe('stackCards', () => {
  it('leaves cards whose text is far apart level with their text', () => {
    expect(stackCards([card(0), card(200), card(600)], -1)).toEqual([0, 200, 600]);
  });

  it('pushes a card down below the one before it when their text is close', () => {
    expect(stackCards([card(100, 80), card(120), card(150)], -1)).toEqual([100, 188, 246]);
  });

  it('puts the active card exactly level with its text and stacks the cards before it upward', () => {
    const tops = stackCards([card(100, 80), card(120, 60), card(130)], 2);
    expect(tops[2]).toBe(130);
    expect(tops[1]).toBe(130 - CARD_GAP - 60);
    expect(tops[0]).toBe(tops[1]! - CARD_GAP - 80);
  });

  it('leaves cards before the active one at their text when they fit above it', () => {
    expect(stackCards([card(0), card(400), card(420)], 1)).toEqual([0, 400, 458]);
  });

  it('never overlaps, keeps document order, and keeps the active card exact', () => {
    fc.assert(
      fc.property(cardsArbitrary, fc.nat(), (cards, pick) => {
        const active = pick % (cards.length + 1) - 1;
        const tops = stackCards(cards, active);
        expect(tops).toHaveLength(cards.length);
        expect(overlaps(cards, tops)).toBe(false);
        if (active >= 0) expect(tops[active]).toBe(cards[active]!.top);
        // Cards after the active one (or all, without one) only ever move down; before it, only up.
        tops.forEach((top, i) => {
          if (i > active || active < 0) expect(top).toBeGreaterThanOrEqual(cards[i]!.top);
          else expect(top).toBeLessThanOrEqual(cards[i]!.top);
        });
      }),
    );
  });
});

describe('cardsWithin', () => {
  const tops = [0, 100, 200, 300];
  const heights = [50, 50, 50, 50];

  it('finds the cards reaching into a band, partly visible ones included', () => {
    expect(cardsWithin(tops, heights, 120, 210)).toEqual([1, 3]);
    expect(cardsWithin(tops, heights, 40, 40)).toEqual([0, 1]);
  });

  it('finds none between cards or past the end', () => {
    expect(cardsWithin(tops, heights, 160, 190)).toEqual([2, 2]);
    expect(cardsWithin(tops, heights, 400, 500)).toEqual([4, 4]);
  });
});

describe('activeCardTop', () => {
  const view = { scrollTop: 0, scrollBottom: 600, regionTop: 180, regionBottom: 600 };

  it('is level with text beside the region', () => {
    expect(activeCardTop(300, 100, view)).toBe(300);
  });

  it('waits at the region top while its text is on screen above the region', () => {
    expect(activeCardTop(100, 100, view)).toBe(180);
  });

  it('rises to fit above the region bottom while its text is on screen', () => {
    expect(activeCardTop(550, 100, view)).toBe(500);
  });

  it('shows its top when it is taller than the region', () => {
    expect(activeCardTop(550, 1000, view)).toBe(180);
  });

  it('scrolls away with text that has left the screen', () => {
    expect(activeCardTop(100, 100, { scrollTop: 300, scrollBottom: 900, regionTop: 480, regionBottom: 900 })).toBe(100);
    expect(activeCardTop(1000, 100, view)).toBe(1000);
  });
});

describe('revealDistance', () => {
  const region = { top: 200, bottom: 700 };

  it('does not scroll for a card already inside', () => {
    expect(revealDistance({ top: 300, bottom: 400 }, region)).toBe(0);
  });

  it('scrolls down just enough for a card that runs past the bottom', () => {
    expect(revealDistance({ top: 600, bottom: 750 }, region)).toBe(50 + CARD_GAP);
  });

  it('keeps the top of a card taller than the region in sight', () => {
    expect(revealDistance({ top: 600, bottom: 1400 }, region)).toBe(400);
  });

  it('scrolls up for a card above the region', () => {
    expect(revealDistance({ top: 100, bottom: 200 }, region)).toBe(-100);
  });
});
