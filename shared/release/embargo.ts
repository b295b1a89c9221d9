/**
 * Reads the structured parts out of an embargo as written (house-style §1.2): the online lift
 * time, the print edition, or "release immediately". The text itself is always kept as written.
 */
import { findDates, koreaTimeIso, withYears, type DateMention } from './dates';
import type { Embargo } from './model';

const IMMEDIATE = /즉시|immediate/i;
const EDITION = /^\s*(조간|석간)/;
const ONLINE_LABEL = /온라인|online/i;

export function parseEmbargo(written: string, fallbackYear: number | null = null): Embargo | null {
  const text = written.trim();
  if (text === '') return null;
  if (IMMEDIATE.test(text)) return { text, online: null, print: null, immediate: true };

  const mentions = withYears(findDates(text), fallbackYear);
  let online: string | null = null;
  let print: string | null = null;
  for (const m of mentions) {
    const after = text.slice(m.index + m.length);
    const edition = EDITION.exec(after);
    if (edition && print === null) {
      print = text.slice(m.index, m.index + m.length) + after.slice(0, edition[0].length);
      print = print.replace(/\s+/g, ' ').trim();
      continue;
    }
    if (m.hour !== null && online === null && m.year !== null) {
      online = onlineTime(m);
    }
  }
  // "(온라인) 2026. 4. 12.(일) 12:00" on its own line reads the same way; nothing more to do.
  if (online === null && print === null && ONLINE_LABEL.test(text)) {
    const timed = mentions.find((m) => m.hour !== null && m.year !== null);
    if (timed) online = onlineTime(timed);
  }
  return { text, online, print, immediate: false };
}

function onlineTime(m: DateMention): string {
  return koreaTimeIso(m.year as number, m.month, m.day, m.hour as number, m.minute as number);
}
