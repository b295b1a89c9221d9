/**
 * The lines above the title (house-style §1.1–1.2, §6.2): the kind label with the agency, the
 * embargo (보도시점 / 보도일시 / Embargo) and the distribution date (배포 / 배포일시 / Release
 * date), in every real arrangement: `label: value`, the value on the next line (cells copied
 * out of a 한글 table), both on one line split by ` / `, and the two-line
 * `(온라인) …` / `(지  면) …` embargo.
 */
import { KIND_LABELS } from '../release/labels';
import { RELEASE_KINDS, type Language, type ReleaseKind } from '../release/model';
import { nextFilled, type SourceLine } from './lines';

export type HeaderField = 'embargo' | 'distributed';

const EMBARGO_LABEL = /^(?:보\s*도\s*(?:시\s*점|일\s*시)|embargo)\s*(?:[:：]\s*|\s{2,}|$)(.*)$/i;
const DISTRIBUTED_LABEL = /^(?:배\s*포(?:\s*일\s*시)?|release\s+date)\s*(?:[:：]\s*|\s{2,}|$)(.*)$/i;
/** `보도시점 : … / 배포 : …` on one line. */
const DISTRIBUTED_SPLIT = /\s+\/\s+(?=배\s*포(?:\s*일\s*시)?\s*[:：])/;
const PRINT_LINE = /^\(\s*지\s*면\s*\)/;
const ONLINE_LINE = /^\(\s*온\s*라\s*인\s*\)/;

/** Web pages say "Press Releases"; the rest are the kind labels of both languages. */
const EXTRA_KIND_WORDS: readonly [RegExp, ReleaseKind][] = [[/^press\s+releases?$/i, 'press-release']];

export type KindLabel = { kind: ReleaseKind; agency: string | null };

/** `보도자료`, `보도자료  과학기술정보통신부`, `Press release  Ministry of …`, `Press Releases`. */
export function readKindLabel(text: string): KindLabel | null {
  const [label = '', ...rest] = text.split(/\s{2,}/);
  const agency = rest.join('  ').trim() || null;
  const spaced = label.replace(/\s+/g, '');
  for (const language of ['ko', 'en'] as Language[]) {
    for (const kind of RELEASE_KINDS) {
      const word = KIND_LABELS[language][kind];
      if (language === 'ko' ? spaced === word : label.toLowerCase() === word.toLowerCase()) return { kind, agency };
    }
  }
  for (const [pattern, kind] of EXTRA_KIND_WORDS) if (pattern.test(label)) return { kind, agency };
  return null;
}

export type HeaderValue = { field: HeaderField; value: string; consumed: number };

/**
 * Reads a header field starting at `lines[index]`: the value as written (two lines joined by
 * "\n" for the online / print form) and how many lines it took. The one-line form with both
 * fields returns the embargo, leaving the distribution to `splitDistributed`.
 */
export function readHeaderField(lines: readonly SourceLine[], index: number): HeaderValue[] | null {
  const line = lines[index];
  if (!line) return null;
  const embargo = EMBARGO_LABEL.exec(line.text);
  const distributed = embargo ? null : DISTRIBUTED_LABEL.exec(line.text);
  const match = embargo ?? distributed;
  if (!match) return null;
  const field: HeaderField = embargo ? 'embargo' : 'distributed';
  let value = (match[1] ?? '').trim();
  let last = index;
  if (value === '') {
    // The value sits in the next cell, unless that cell is another label.
    const next = nextFilled(lines, index + 1);
    const candidate = lines[next];
    if (!candidate || EMBARGO_LABEL.test(candidate.text) || DISTRIBUTED_LABEL.test(candidate.text)) {
      // A distribution label with nothing after it is just the word (`배포 즉시 …` reads elsewhere).
      return field === 'embargo' ? [{ field, value: '', consumed: 1 }] : null;
    }
    value = candidate.text;
    last = next;
  }
  if (field === 'embargo' && ONLINE_LINE.test(value)) {
    const next = nextFilled(lines, last + 1);
    const print = lines[next];
    if (print && PRINT_LINE.test(print.text)) {
      value = `${value}\n${print.text}`;
      last = next;
    }
  }
  const consumed = last - index + 1;
  if (field === 'embargo') {
    const [embargoText = '', distributedPart] = value.split(DISTRIBUTED_SPLIT);
    const values: HeaderValue[] = [{ field, value: embargoText.trim(), consumed }];
    const rest = distributedPart ? DISTRIBUTED_LABEL.exec(distributedPart) : null;
    if (rest) values.push({ field: 'distributed', value: (rest[1] ?? '').trim(), consumed: 0 });
    return values;
  }
  return [{ field, value, consumed }];
}
