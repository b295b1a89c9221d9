/**
 * Keeps comment cards level with their text beside the scrolling page (the arithmetic is in
 * placement.ts). Text tops are kept in page-content pixels, which scrolling does not change, and
 * measured when the list of cards changes, never per keystroke. When the page changes size
 * (a new line, blocks laid out for the first time as they scroll in) only the cards near the
 * screen are measured at once, and all of them once it settles. Scrolling moves the card layer
 * with one transform, measures only anchors that come on screen with an estimated top, and
 * re-renders only when the cards near the screen change. Body blocks off screen skip their
 * layout (content-visibility): their anchors take the block's own top, which needs none, until
 * they come on screen.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { commentAnchors, type Anchor } from '../../shared/review/anchors';
import { SETTLE_MS } from '../app/useDerived';
import { activeCardTop, cardsWithin, revealDistance, stackCards, type PageView } from './placement';

/** A card in document order, with a height to assume until it has been rendered and measured. */
export type MarginCard = { id: string; estimate: number };

/** Where a card's text starts, in page-content pixels; `exact` unless it is its block's top. */
type TextTop = { top: number; exact: boolean };

type Stack = { tops: number[]; heights: number[] };

/** The active card's text top and height, once its text is measured. */
type ActiveCard = { text: number; height: number } | undefined;

export type Placement = {
  /** The clipped area beside the page that holds the cards. */
  region: RefObject<HTMLDivElement | null>;
  /** The list of cards, moved with the page as it scrolls. */
  layer: RefObject<HTMLOListElement | null>;
  /** The top of each card to render (those on or near the screen, and the active one). */
  tops: ReadonlyMap<string, number>;
  /** Scrolls the page so the card of `id` and its text are in sight, once both are measured. */
  reveal: (id: string) => void;
  /** Scrolls the page so a control that took the focus is inside the region (Tab into a card out of sight). */
  showFocused: (control: Element) => void;
};

const anchorsByDocument = new WeakMap<PMNode, Map<string, Anchor>>();

function anchorsOf(doc: PMNode): Map<string, Anchor> {
  let anchors = anchorsByDocument.get(doc);
  if (!anchors) anchorsByDocument.set(doc, (anchors = commentAnchors(doc)));
  return anchors;
}

/** The screen top of `anchor`'s text, or of its body-level block while that is off `screen`. */
function textTopOnScreen(view: EditorView, anchor: Anchor, screen: DOMRect): { top: number; exact: boolean } {
  const $from = view.state.doc.resolve(anchor.from);
  if ((anchor.place.part === 'body' || anchor.place.part === 'attachment') && $from.depth >= 2) {
    const block = view.nodeDOM($from.before(2));
    if (block instanceof HTMLElement) {
      const box = block.getBoundingClientRect();
      if (box.bottom < screen.top || box.top > screen.bottom) return { top: box.top, exact: false };
    }
  }
  return { top: view.coordsAtPos(anchor.from, 1).top, exact: true };
}

/** Cards to render for `view`: those within a screen's height either side of it; and the active one's wanted top. */
function renderedFor(view: PageView, stack: Stack, active: ActiveCard) {
  const height = view.scrollBottom - view.scrollTop;
  const range = cardsWithin(stack.tops, stack.heights, view.scrollTop - height, view.scrollBottom + height);
  return { range, activeTop: active && activeCardTop(active.text, active.height, view) };
}

/** Pixels a wheel turn asks for (it may count lines or pages). */
function wheelPixels(event: WheelEvent, scroller: HTMLElement): number {
  if (event.deltaMode === WheelEvent.DOM_DELTA_LINE) return event.deltaY * 16;
  if (event.deltaMode === WheelEvent.DOM_DELTA_PAGE) return event.deltaY * scroller.clientHeight;
  return event.deltaY;
}

export function useThreadPlacement(editor: Editor, cards: readonly MarginCard[], active: string | null): Placement {
  const region = useRef<HTMLDivElement>(null);
  const layer = useRef<HTMLOListElement>(null);
  const [texts, setTexts] = useState<ReadonlyMap<string, TextTop>>(new Map());
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(new Map());
  const [view, setView] = useState<PageView>({ scrollTop: 0, scrollBottom: 0, regionTop: 0, regionBottom: 0 });

  const activeIndex = cards.findIndex((card) => card.id === active);
  const activeText = active === null ? undefined : texts.get(active)?.top;
  const activeCard: ActiveCard =
    activeText === undefined ? undefined : { text: activeText, height: heights.get(active!) ?? cards[activeIndex]?.estimate ?? 0 };
  const activeTop = activeCard && activeCardTop(activeCard.text, activeCard.height, view);
  const stack = useMemo<Stack>(() => {
    const cardHeights = cards.map((card) => heights.get(card.id) ?? card.estimate);
    // A card not measured yet waits at the card before it.
    let previous = 0;
    const slots = cards.map((card, i) => {
      const top = i === activeIndex && activeTop !== undefined ? activeTop : (texts.get(card.id)?.top ?? previous);
      previous = top;
      return { top, height: cardHeights[i]! };
    });
    return { tops: stackCards(slots, activeIndex), heights: cardHeights };
  }, [cards, activeIndex, activeTop, texts, heights]);

  const tops = useMemo(() => {
    const [first, end] = renderedFor(view, stack, undefined).range;
    const shown = new Map<string, number>();
    for (let i = 0; i < cards.length; i++) {
      // A card is drawn once its text has been measured: before that it has no place.
      if (((i >= first && i < end) || i === activeIndex) && texts.has(cards[i]!.id)) shown.set(cards[i]!.id, stack.tops[i]!);
    }
    return shown;
  }, [cards, stack, view, activeIndex, texts]);

  // What the scroll and resize handlers, which outlive renders, read (cards: none yet, so the first layout measures all).
  const latest = useRef<{ cards: readonly MarginCard[] | null; texts: ReadonlyMap<string, TextTop>; stack: Stack; activeCard: ActiveCard }>({
    cards: null,
    texts,
    stack,
    activeCard,
  });

  const latestHeights = useRef(heights);
  /** The editor whose document the cards were last placed for. */
  const laidOutFor = useRef<Editor | null>(null);
  const revealing = useRef<string | null>(null);
  // Each change of the page's size starts a new layout round; a text top from an earlier round may be out of date.
  const layoutRound = useRef(0);
  const measuredIn = useRef(new Map<string, number>());

  /** The element that scrolls the page, once the editor is on screen. */
  const scroller = useCallback(
    () => (editor.isDestroyed || !editor.view.dom.isConnected ? null : editor.view.dom.closest<HTMLElement>('.page-scroller')),
    [editor],
  );

  /**
   * Moves the layer with the page, measures text tops, and notes the view. `all` measures every
   * card; otherwise only those near the screen whose top is from an earlier layout round, and
   * those on screen whose top is their block's.
   */
  const update = useCallback(
    (all: boolean) => {
      const page = scroller();
      const area = region.current;
      if (!page || !area || !layer.current || area.clientHeight === 0) return;
      const screen = page.getBoundingClientRect();
      const areaTop = area.getBoundingClientRect().top;
      layer.current.style.transform = `translateY(${screen.top - areaTop - page.scrollTop}px)`;

      const { cards, texts, stack, activeCard } = latest.current;
      const toContent = page.scrollTop - screen.top;
      const { scrollTop, clientHeight } = page;
      const round = layoutRound.current;
      const anchors = anchorsOf(editor.state.doc);
      let measured: Map<string, TextTop> | null = null;
      for (const card of cards ?? []) {
        const anchor = anchors.get(card.id);
        const known = texts.get(card.id);
        if (!anchor) continue;
        if (!all && known) {
          const stale = measuredIn.current.get(card.id) !== round && known.top > scrollTop - clientHeight && known.top < scrollTop + 2 * clientHeight;
          const rough = !known.exact && known.top > scrollTop && known.top < scrollTop + clientHeight;
          if (!stale && !rough) continue;
        }
        const found = textTopOnScreen(editor.view, anchor, screen);
        const top = found.top + toContent;
        measuredIn.current.set(card.id, round);
        if (!known || Math.abs(known.top - top) >= 1 || known.exact !== found.exact) (measured ??= new Map(texts)).set(card.id, { top, exact: found.exact });
      }
      if (measured) setTexts((latest.current.texts = measured));

      const next: PageView = {
        scrollTop: page.scrollTop,
        scrollBottom: page.scrollTop + page.clientHeight,
        regionTop: areaTop + toContent,
        regionBottom: areaTop + area.clientHeight + toContent,
      };
      setView((previous) => {
        const before = renderedFor(previous, stack, activeCard);
        const after = renderedFor(next, stack, activeCard);
        const same = before.range[0] === after.range[0] && before.range[1] === after.range[1] && before.activeTop === after.activeTop;
        return same ? previous : next;
      });
    },
    [editor, scroller],
  );

  /** Scrolls the page by what `revealDistance` asks to bring `span` (screen pixels) inside the region. */
  const scrollToShow = useCallback(
    (span: { top: number; bottom: number }) => {
      const page = scroller();
      if (!page || !region.current) return;
      const distance = revealDistance(span, region.current.getBoundingClientRect());
      if (distance !== 0) page.scrollTop += distance;
    },
    [scroller],
  );

  const showFocused = useCallback((control: Element) => scrollToShow(control.getBoundingClientRect()), [scrollToShow]);

  /**
   * Brings the card asked for, level with its text, inside the region, once it is drawn. Until
   * its text is measured exactly (it was off screen) its block's top stands in: scrolling to
   * that brings the text on screen, where the next frame measures it and shows the card again.
   */
  const revealPending = useCallback(() => {
    const id = revealing.current;
    const page = scroller();
    const card = id === null ? null : layer.current?.querySelector<HTMLElement>(`[data-thread-id="${CSS.escape(id)}"]`);
    const text = id === null ? undefined : latest.current.texts.get(id);
    if (id === null || !page || !card || !text) return;
    if (text.exact) revealing.current = null;
    const top = text.top - page.scrollTop + page.getBoundingClientRect().top;
    scrollToShow({ top, bottom: top + card.offsetHeight });
  }, [scroller, scrollToShow]);

  const measureCards = useCallback(() => {
    if (!layer.current || !region.current || region.current.clientHeight === 0) return;
    let measured: Map<string, number> | null = null;
    for (const card of layer.current.children) {
      const id = (card as HTMLElement).dataset.threadId;
      const height = (card as HTMLElement).offsetHeight;
      if (id && height !== (measured ?? latestHeights.current).get(id)) (measured ??= new Map(latestHeights.current)).set(id, height);
    }
    if (measured) setHeights((latestHeights.current = measured));
  }, []);

  const cardSizes = useRef<ResizeObserver | null>(null);
  useEffect(() => {
    cardSizes.current = new ResizeObserver(measureCards);
    return () => cardSizes.current?.disconnect();
  }, [measureCards]);

  // After every render, before paint: hand the handlers what they read, measure the cards just
  // drawn, move the layer (measuring every text top when the list of cards changed), and show
  // a card asked for.
  useLayoutEffect(() => {
    const cardsChanged = latest.current.cards !== cards;
    latest.current = { cards, texts, stack, activeCard };
    latestHeights.current = heights;
    // A document just opened is placed right after its first frame (rAF runs just before it,
    // the timeout just after): measuring now would force a layout of the whole document
    // before anything is shown.
    if (laidOutFor.current !== editor) {
      let afterFrame: ReturnType<typeof setTimeout> | undefined;
      const frame = requestAnimationFrame(() => {
        afterFrame = setTimeout(() => {
          laidOutFor.current = editor;
          update(true);
          revealPending();
        }, 0);
      });
      return () => {
        cancelAnimationFrame(frame);
        clearTimeout(afterFrame);
      };
    }
    measureCards();
    const observer = cardSizes.current;
    if (observer && layer.current) {
      observer.disconnect();
      for (const card of layer.current.children) observer.observe(card);
    }
    update(cardsChanged);
    revealPending();
  });

  useEffect(() => {
    const page = scroller();
    const area = region.current;
    if (!page || !area) return;
    let frame = 0;
    let all = false;
    let settling: ReturnType<typeof setTimeout> | undefined;
    const schedule = (everything: boolean) => {
      all ||= everything;
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        const measureAll = all;
        all = false;
        update(measureAll);
        revealPending();
      });
    };
    const onScroll = () => schedule(false);
    const pageSizes = new ResizeObserver(() => {
      layoutRound.current++;
      schedule(false);
      clearTimeout(settling);
      settling = setTimeout(() => schedule(true), SETTLE_MS);
    });
    pageSizes.observe(editor.view.dom);
    pageSizes.observe(page);
    const regionSize = new ResizeObserver(onScroll);
    regionSize.observe(area);
    // The panel scrolls too when its head is tall: the region moves then.
    const panel = area.closest('.review-panel');
    page.addEventListener('scroll', onScroll, { passive: true });
    panel?.addEventListener('scroll', onScroll, { passive: true });
    // The cards move with the page, so a wheel turn over them scrolls the page.
    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey) return;
      event.preventDefault();
      page.scrollBy(0, wheelPixels(event, page));
    };
    area.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(settling);
      pageSizes.disconnect();
      regionSize.disconnect();
      page.removeEventListener('scroll', onScroll);
      panel?.removeEventListener('scroll', onScroll);
      area.removeEventListener('wheel', onWheel);
    };
  }, [editor, scroller, update, revealPending]);

  // A card asked for that is no longer the active one is not shown later by surprise.
  useEffect(() => {
    if (revealing.current !== active) revealing.current = null;
  }, [active]);

  const reveal = useCallback(
    (id: string) => {
      revealing.current = id;
      requestAnimationFrame(revealPending);
    },
    [revealPending],
  );

  return { region, layer, tops, reveal, showFocused };
}
