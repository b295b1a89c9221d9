/**
 * The browser suite: for each size and editor (bare ProseMirror, bare StarterKit, Bodo) the
 * open time, the editor cost of 300 in-page transactions and the felt latency of 200 real
 * keystrokes, Latin through the keyboard and Hangul through CDP IME composition.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { PageKind } from '../build';
import { freshPage, openedTiming, pageUrl, type Context } from '../context';
import type { OpenTiming } from '../pages/harness';
import { fmt, round } from '../report';
import { median, summarize, type Summary } from '../stats';

export type EditorRun = { open: OpenTiming; textblocks: number; cost: Summary; felt: FeltResult };
export type FeltResult = { latin: Summary; hangul: Summary; all: Summary; missed: number };

/** Results per size, then per editor. */
export type EditorResults = Record<number, Partial<Record<PageKind, EditorRun>>>;

const LATIN_TEXT = 'press release NPU data ';
/** Hangul typed syllable by syllable: each jamo step is one keystroke, then the commit. */
const HANGUL_TEXT = '보도자료를작성합니다과학기술정보통신부';

export async function runEditors(context: Context): Promise<EditorResults> {
  const results: EditorResults = {};
  const { rounds } = context.counts;
  for (const size of context.sizes) {
    const bySize: Partial<Record<PageKind, Round[]>> = {};
    // Round by round, every editor in turn: a busy moment on the machine falls on all of them
    // alike instead of on whichever editor was being measured then.
    for (let round = 0; round < rounds; round++) {
      for (const kind of context.kinds) (bySize[kind] ??= []).push(await measureRound(context, kind, size));
    }
    results[size] = {};
    for (const kind of context.kinds) {
      const run = pooled(bySize[kind] ?? []);
      (results[size] as Partial<Record<PageKind, EditorRun>>)[kind] = run;
      console.log(
        `  ${kind} ${size} blocks: open ${fmt(run.open.total)} ms, cost p95 ${fmt(run.cost.p95, 2)} ms, felt max ${fmt(run.felt.all.max)} ms`,
      );
    }
  }
  report(context, results);
  return results;
}

/** One round of one editor on one size: a fresh page opens the document, then takes its share of the typing. */
type Round = { open: OpenTiming; textblocks: number; cost: number[]; felt: FeltSamples };
type FeltSamples = { latin: number[]; hangul: number[]; missed: number };

async function measureRound(context: Context, kind: PageKind, size: number): Promise<Round> {
  const { page, browserContext } = await freshPage(context);
  try {
    await page.goto(pageUrl(context, kind, size));
    const open = await openedTiming(page);
    const textblocks = await page.evaluate(() => window.bench.textblockCount());
    const { costTransactions, costWarmup, keystrokes, rounds } = context.counts;
    const cost = await page.evaluate(
      async ([count, warmup]) => {
        window.bench.placeCursorMiddle();
        return window.bench.editorCost(count as number, warmup as number);
      },
      [Math.ceil(costTransactions / rounds), costWarmup],
    );
    const felt = await measureFelt(page, Math.ceil(keystrokes / rounds));
    return { open, textblocks, cost, felt };
  } finally {
    await browserContext.close();
  }
}

/** The rounds of one editor as one run: samples pooled, the open as the median of each phase. */
function pooled(rounds: readonly Round[]): EditorRun {
  const phase = (key: keyof OpenTiming) => median(rounds.map((round) => round.open[key]));
  const latin = rounds.flatMap((round) => round.felt.latin);
  const hangul = rounds.flatMap((round) => round.felt.hangul);
  return {
    open: { read: phase('read'), parse: phase('parse'), mount: phase('mount'), paint: phase('paint'), total: phase('total') },
    textblocks: rounds[0]?.textblocks ?? 0,
    cost: summarize(rounds.flatMap((round) => round.cost)),
    felt: {
      latin: summarize(latin),
      hangul: summarize(hangul),
      all: summarize([...latin, ...hangul]),
      missed: rounds.reduce((sum, round) => sum + round.felt.missed, 0),
    },
  };
}

/**
 * Sends `keystrokes` keystrokes one at a time, each after the previous one's frame: half Latin
 * key presses, half Hangul IME steps (ㅂ → 보 as compositions, then the commit).
 */
async function measureFelt(page: Page, keystrokes: number): Promise<FeltSamples> {
  await page.evaluate(() => window.bench.placeCursorMiddle());
  const session = await page.context().newCDPSession(page);
  const samples = () => page.evaluate(() => window.bench.felt.samples.slice());
  let missed = 0;
  let expected = (await samples()).length;

  const measured = async (keystroke: () => Promise<unknown>) => {
    await keystroke();
    expected++;
    const ok = await page.evaluate(([count]) => window.bench.felt.waitFor(count as number, 2000), [expected]);
    if (!ok) {
      missed++;
      expected = (await samples()).length;
    }
  };

  const latinCount = Math.floor(keystrokes / 2);
  const latinStart = expected;
  for (let i = 0; i < latinCount; i++) await measured(() => page.keyboard.press(LATIN_TEXT[i % LATIN_TEXT.length] as string));
  const hangulStart = (await samples()).length;
  const steps = hangulKeystrokes(keystrokes - latinCount);
  for (const step of steps) await measured(() => sendHangulStep(session, step));
  const all = await samples();
  await session.detach();
  return { latin: all.slice(latinStart, hangulStart), hangul: all.slice(hangulStart), missed };
}

type HangulStep = { compose: string } | { commit: string };

async function sendHangulStep(session: CDPSession, step: HangulStep): Promise<void> {
  if ('compose' in step) {
    await session.send('Input.imeSetComposition', { text: step.compose, selectionStart: step.compose.length, selectionEnd: step.compose.length });
  } else {
    await session.send('Input.insertText', { text: step.commit });
  }
}

const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';

/** Exactly `count` IME steps for HANGUL_TEXT, repeated: initial jamo, open syllable, closed syllable, commit. */
export function hangulKeystrokes(count: number): HangulStep[] {
  const steps: HangulStep[] = [];
  for (let i = 0; steps.length < count; i++) {
    const syllable = HANGUL_TEXT[i % HANGUL_TEXT.length] as string;
    const offset = (syllable.codePointAt(0) as number) - 0xac00;
    const final = offset % 28;
    const open = String.fromCodePoint(0xac00 + offset - final);
    steps.push({ compose: INITIALS[Math.floor(offset / 588)] as string }, { compose: open });
    if (final !== 0) steps.push({ compose: syllable });
    steps.push({ commit: syllable });
  }
  // Never stop in the middle of a composition: drop a trailing partial syllable's steps.
  while (steps.length > count || (steps.length > 0 && !('commit' in (steps[steps.length - 1] as HangulStep)))) steps.pop();
  return steps;
}

function report(context: Context, results: EditorResults): void {
  const rows: (string | number)[][] = [];
  const feltRows: (string | number)[][] = [];
  const openRows: (string | number)[][] = [];
  for (const size of context.sizes) {
    const bySize = results[size] ?? {};
    const baseline = bySize.starterkit;
    for (const kind of context.kinds) {
      const run = bySize[kind];
      if (!run) continue;
      const ratio = baseline ? run.cost.p95 / baseline.cost.p95 : Number.NaN;
      rows.push([`${size}`, kind, fmt(run.cost.p50, 2), fmt(run.cost.p95, 2), fmt(run.cost.max, 2), fmt(ratio, 2)]);
      const feltRatio = baseline ? run.felt.all.p95 / baseline.felt.all.p95 : Number.NaN;
      feltRows.push([
        `${size}`,
        kind,
        fmt(run.felt.latin.p50),
        fmt(run.felt.latin.p95),
        fmt(run.felt.latin.max),
        fmt(run.felt.hangul.p50),
        fmt(run.felt.hangul.p95),
        fmt(run.felt.hangul.max),
        fmt(feltRatio, 2),
        run.felt.missed,
      ]);
      openRows.push([`${size}`, kind, run.textblocks, fmt(run.open.read), fmt(run.open.parse), fmt(run.open.mount), fmt(run.open.paint), fmt(run.open.total)]);
    }
  }
  context.report.table({
    title: 'Editor cost: one-character transaction → forced layout (ms); ratio = p95 / bare StarterKit p95',
    header: ['blocks', 'editor', 'p50', 'p95', 'max', 'ratio'],
    rows,
  });
  context.report.table({
    title: 'Felt latency: keystroke → next frame rendered (ms); ratio = all-keys p95 / bare StarterKit',
    header: ['blocks', 'editor', 'latin p50', 'p95', 'max', 'hangul p50', 'p95', 'max', 'ratio', 'missed'],
    rows: feltRows,
  });
  context.report.table({
    title: 'Open: fetch the file → parse → mount → first paint (ms, median)',
    header: ['blocks', 'editor', 'textblocks', 'read', 'parse', 'mount', 'paint', 'total'],
    rows: openRows,
  });
  context.report.results.editors = Object.fromEntries(
    Object.entries(results).map(([size, bySize]) => [
      size,
      Object.fromEntries(Object.entries(bySize).map(([kind, run]) => [kind, roundDeep(run)])),
    ]),
  );
}

/** Every number in a nested result rounded for the JSON. */
export function roundDeep<T>(value: T): T {
  if (typeof value === 'number') return round(value) as T;
  if (Array.isArray(value)) return value.map(roundDeep) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundDeep(v)])) as T;
  return value;
}
