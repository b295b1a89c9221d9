/** The timing row (house-style §1.2, §4): embargo and distribution present, well written, consistent. */
import { findDates, withYears, type DateMention } from '../../release/dates';
import type { Release } from '../../release/model';
import type { DocumentRule, Hit, Target } from '../types';
import { dateFormatHits, weekdayHits } from './dates';

const EMBARGO: Target = { part: 'header', path: [], field: 'embargo' };
const DISTRIBUTED: Target = { part: 'header', path: [], field: 'distributed' };

/** The header's written texts, each with its target. */
function headerTexts(release: Release): Array<{ text: string; target: Target }> {
  const texts: Array<{ text: string; target: Target }> = [];
  if (release.embargo && !release.embargo.immediate) texts.push({ text: release.embargo.text, target: EMBARGO });
  if (release.distributed) texts.push({ text: release.distributed, target: DISTRIBUTED });
  return texts;
}

/** Minutes since the epoch in Korea time, comparable across mentions (the date and time as written). */
function moment(date: DateMention, fallbackHour: number): number | null {
  if (date.year === null) return null;
  return Date.UTC(date.year, date.month - 1, date.day, date.hour ?? fallbackHour, date.minute ?? 0) / 60_000;
}

function firstDate(text: string | null | undefined, year: number | null): DateMention | undefined {
  return text ? withYears(findDates(text), year)[0] : undefined;
}

/** The online lift time "YYYY-MM-DDTHH:mm:ss+09:00" as the same kind of minutes as `moment`. */
function onlineMoment(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!) / 60_000 : null;
}

// Papers reach readers around these hours; an online lift later than that is after print.
const EDITION_HOUR: Record<string, number> = { 조간: 6, 석간: 15 };

export const headerRules: DocumentRule[] = [
  {
    id: 'header/missing-embargo',
    scope: 'document',
    severity: 'warning',
    check: (release) => (release.embargo?.text.trim() ? [] : [{ target: EMBARGO }]),
  },
  {
    id: 'header/missing-distribution',
    scope: 'document',
    severity: 'warning',
    check: (release) => (release.distributed?.trim() ? [] : [{ target: DISTRIBUTED }]),
  },
  {
    id: 'header/date-format',
    scope: 'document',
    severity: 'warning',
    fixable: true,
    check: (release) => headerTexts(release).flatMap(({ text, target }) => dateFormatHits(text).map((hit) => ({ ...hit, target }))),
  },
  {
    id: 'header/weekday-mismatch',
    scope: 'document',
    severity: 'error',
    fixable: true,
    check: (release, _profile, { year }) =>
      headerTexts(release).flatMap(({ text, target }) => weekdayHits(text, year).map((hit) => ({ ...hit, target }))),
  },
  {
    id: 'header/embargo-before-distribution',
    scope: 'document',
    severity: 'error',
    check: (release, _profile, { year }) => {
      const embargo = release.embargo;
      if (!embargo || embargo.immediate) return [];
      const lift = firstDate(embargo.text, year);
      const distributed = firstDate(release.distributed, year);
      if (!lift || !distributed) return [];
      // A date without a time means the whole day: compare days unless both give a time.
      const bothTimed = lift.hour !== null && distributed.hour !== null;
      const liftAt = moment(bothTimed ? lift : { ...lift, hour: null, minute: null }, 0);
      const distributedAt = moment(bothTimed ? distributed : { ...distributed, hour: null, minute: null }, 0);
      if (liftAt === null || distributedAt === null || liftAt >= distributedAt) return [];
      return [
        {
          target: EMBARGO,
          range: [lift.index, lift.index + lift.length],
          params: { embargo: embargo.text.slice(lift.index, lift.index + lift.length), distributed: release.distributed ?? '' },
        },
      ];
    },
  },
  {
    id: 'header/online-after-print',
    scope: 'document',
    severity: 'error',
    check: (release, _profile, { year }) => {
      const embargo = release.embargo;
      if (!embargo?.online || !embargo.print) return [];
      const online = onlineMoment(embargo.online);
      const print = firstDate(embargo.print, online === null ? year : Number(embargo.online.slice(0, 4)));
      const edition = /조간|석간/.exec(embargo.print)?.[0];
      const printAt = print && edition ? moment({ ...print, hour: null }, EDITION_HOUR[edition] as number) : null;
      if (online === null || printAt === null || online <= printAt) return [];
      const at = embargo.text.indexOf(embargo.print);
      const hit: Hit = { target: EMBARGO, params: { print: embargo.print } };
      return [at >= 0 ? { ...hit, range: [at, at + embargo.print.length] } : hit];
    },
  },
  {
    id: 'header/embargo-passed',
    scope: 'document',
    severity: 'info',
    check: (release, _profile, { today, year }) => {
      const embargo = release.embargo;
      if (!today || !embargo || embargo.immediate) return [];
      const online = embargo.online ? onlineMoment(embargo.online) : null;
      const first = firstDate(embargo.text, year);
      const lift = online ?? (first ? moment(first, 0) : null);
      // `today` is compared in Korea time, where embargoes are written.
      const now = today.getTime() / 60_000 + 9 * 60;
      return lift !== null && lift < now ? [{ target: EMBARGO }] : [];
    },
  },
];
