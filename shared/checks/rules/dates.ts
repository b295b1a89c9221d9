/**
 * Date findings shared by the header rules and the body text rules: dates not in the house
 * form `2026. 10. 7.(수)`, and weekdays that do not match their date.
 */
import { findDates, isValidDate, weekdayOf, withYears, type DateMention } from '../../release/dates';
import type { Hit } from '../types';

type TextHit = Required<Pick<Hit, 'range' | 'params'>> & Pick<Hit, 'fix'>;

function written(text: string, date: DateMention): string {
  return text.slice(date.index, date.index + date.length);
}

/** The house form of a mention, keeping what it says (year only if it had one, weekday as written). */
function houseForm(date: DateMention): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    (date.year !== null ? `${date.year}. ` : '') +
    `${date.month}. ${date.day}.` +
    (date.weekday ? `(${date.weekday})` : '') +
    (date.hour !== null ? ` ${pad(date.hour)}:${pad(date.minute ?? 0)}` : '')
  );
}

export function dateFormatHits(text: string): TextHit[] {
  return findDates(text)
    .filter((date) => !date.canonical)
    .map((date) => {
      const house = houseForm(date);
      const range: [number, number] = [date.index, date.index + date.length];
      return { range, params: { written: written(text, date), house }, fix: { kind: 'replaceText', range, text: house } };
    });
}

/** Dates whose written weekday is wrong; a date without a year takes `year` (the release's). */
export function weekdayHits(text: string, year: number | null): TextHit[] {
  const hits: TextHit[] = [];
  for (const date of withYears(findDates(text), year)) {
    if (!date.weekday || date.year === null || !isValidDate(date.year, date.month, date.day)) continue;
    const actual = weekdayOf(date.year, date.month, date.day);
    if (actual === date.weekday) continue;
    const at = date.index + written(text, date).lastIndexOf(`(${date.weekday})`) + 1;
    const range: [number, number] = [at, at + 1];
    hits.push({
      range,
      params: {
        date: `${date.year}. ${date.month}. ${date.day}.`,
        written: date.weekday,
        actual,
      },
      fix: { kind: 'replaceText', range, text: actual },
    });
  }
  return hits;
}
