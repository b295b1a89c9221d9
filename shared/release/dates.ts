/**
 * Korean release dates as written: `2026. 10. 7.(수)`, `12. 4.(금)`, with an optional `14:00`.
 * Real files deviate (`4.13.(월)`, `’26.4.10일`); the finder reads those too and says whether
 * each mention is in the house form, so checks can warn and importers can still understand.
 */

export const WEEKDAYS_KO = ['일', '월', '화', '수', '목', '금', '토'] as const;

export type DateMention = {
  /** Offset of the mention in the searched text, and its length. */
  index: number;
  length: number;
  year: number | null;
  month: number;
  day: number;
  /** Weekday as written, if any. */
  weekday: string | null;
  hour: number | null;
  minute: number | null;
  /** True when written exactly in the house form (`2026. 10. 7.(수)`, `10. 7.(수)`, time `14:00`). */
  canonical: boolean;
};

// year? month. day. (weekday)? time?   The year may be `2026.` or `’26.`; the day may end in `.`, `일` or nothing.
const DATE_PATTERN =
  /(?<![\d.])(?:(\d{4})\.\s*|[’‘']\s?(\d{2})\.\s*)?(\d{1,2})\.\s*(\d{1,2})(\.|일)?(?:\s*\(([일월화수목금토])\))?(?:\s*(\d{1,2}):(\d{2}))?/g;

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function weekdayOf(year: number, month: number, day: number): string {
  return WEEKDAYS_KO[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] as string;
}

/** The house form of a date: `2026. 10. 7.(수)`. */
export function formatKoreanDate(year: number, month: number, day: number): string {
  return `${year}. ${month}. ${day}.(${weekdayOf(year, month, day)})`;
}

/** Every date mentioned in `text`, in order. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(DATE_PATTERN)) {
    const [whole, fullYear, shortYear, month, day, dayEnd, weekday, hour, minute] = m;
    const monthN = Number(month);
    const dayN = Number(day);
    if (monthN < 1 || monthN > 12 || dayN < 1 || dayN > 31) continue;
    // A day without its dot (`4. 13(월)`) is still a date when the weekday follows.
    if (dayEnd === undefined && !weekday) continue;
    const year = fullYear ? Number(fullYear) : shortYear ? 2000 + Number(shortYear) : null;
    // Without a weekday, a time or a year, "3. 5." is too likely to be something else.
    if (year === null && !weekday && !hour && dayEnd === '.') {
      if (!/^\d{1,2}\.\s\d{1,2}\.$/.test(whole)) continue;
    }
    const canonical =
      !shortYear &&
      dayEnd === '.' &&
      /^(?:\d{4}\. )?[1-9]\d?\. [1-9]\d?\.(?:\([일월화수목금토]\))?(?: \d{2}:\d{2})?$/.test(whole);
    found.push({
      index: m.index,
      length: whole.length,
      year,
      month: monthN,
      day: dayN,
      weekday: weekday ?? null,
      hour: hour === undefined ? null : Number(hour),
      minute: minute === undefined ? null : Number(minute),
      canonical,
    });
  }
  return found;
}

/** Fills in missing years from the nearest earlier mention (or `fallbackYear`), as readers do. */
export function withYears(mentions: DateMention[], fallbackYear: number | null): DateMention[] {
  let year = fallbackYear;
  return mentions.map((m) => {
    if (m.year !== null) {
      year = m.year;
      return m;
    }
    return { ...m, year };
  });
}

/** `2026-12-03T12:00:00+09:00`: a moment in Korea time. */
export function koreaTimeIso(year: number, month: number, day: number, hour: number, minute: number): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${year}-${p(month)}-${p(day)}T${p(hour)}:${p(minute)}:00+09:00`;
}
