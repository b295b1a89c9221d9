/** Running text: spacing, punctuation, markers, brackets, sentence endings and length, dates. */
import type { Block } from '../../release/model';
import type { Profile } from '../profiles';
import { sentenceSpans, textFields, type TextField } from '../text';
import type { BlockContext, BlockRule, Hit, Severity } from '../types';
import { dateFormatHits, weekdayHits } from './dates';

type TextHit = Omit<Hit, 'target'>;

/**
 * A block rule that reads each text of a block (its text, notes, caption, cells). `prose`
 * rules read only running text; `applies` narrows a rule to some documents or blocks.
 */
function textRule(rule: {
  id: string;
  severity: Severity;
  fixable?: boolean;
  prose?: boolean;
  applies?: (block: Block, context: BlockContext) => boolean;
  find: (text: string, context: BlockContext, profile: Profile) => TextHit[];
}): BlockRule {
  const { find, prose, applies, ...data } = rule;
  return {
    ...data,
    scope: 'block',
    check: (block, context, profile) => {
      if (applies && !applies(block, context)) return [];
      return textFields(block, context)
        .filter((field: TextField) => !prose || field.prose)
        .flatMap((field) => find(field.text, context, profile).map((hit) => ({ ...hit, target: field.target })));
    },
  };
}

/** Hits for every match of a pattern, each fixed by replacing the match with `replace(match)`. */
function matches(text: string, pattern: RegExp, replace: (match: RegExpExecArray) => string): Array<TextHit & Required<Pick<Hit, 'range'>>> {
  return [...text.matchAll(pattern)].map((m) => {
    const range: [number, number] = [m.index, m.index + m[0].length];
    return { range, params: { text: m[0] }, fix: { kind: 'replaceText', range, text: replace(m) } };
  });
}

/** `일  시`, `장  소`: a two-syllable label spread out to line up with its neighbours, on purpose. */
function isSpreadLabel(text: string, [from, to]: [number, number]): boolean {
  return /(?:^|\s)[가-힣]$/.test(text.slice(0, from)) && /^[가-힣](?![가-힣])/.test(text.slice(to));
}

// Full-width forms of ASCII punctuation (！＂＃… not the letters and digits between them).
const FULL_WIDTH_PUNCTUATION = /[\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF5E]/g;
const HALF_WIDTH_PUNCTUATION = /[!-/:-@[-`{-~]/;

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '「': '」', '『': '』', '【': '】', '《': '》', '〈': '〉', '“': '”' };
const CLOSERS = new Map(Object.entries(OPENERS).map(([open, close]) => [close, open]));
// Korean uses ‘ ’ as quotation marks; English uses ’ as the apostrophe too, so skip them there.
const KOREAN_OPENERS: Record<string, string> = { ...OPENERS, '‘': '’' };
const KOREAN_CLOSERS = new Map([...CLOSERS, ['’', '‘']]);
const DIGIT = /\d/;

/** The first bracket or quotation mark without a partner, or null. */
function unbalanced(text: string, language: string): { index: number; char: string } | null {
  const stack: Array<{ index: number; char: string }> = [];
  const pairs = language === 'ko' ? KOREAN_OPENERS : OPENERS;
  const closers = language === 'ko' ? KOREAN_CLOSERS : CLOSERS;
  // A list number such as `1)` or `가)` opens some lines; its `)` has no partner by design.
  const start = /^\s*[\d가-힣a-zA-Z]{1,2}\)/.exec(text)?.[0].length ?? 0;
  let straightQuote: number | null = null;
  for (let i = start; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '"') straightQuote = straightQuote === null ? i : null;
    // Next to a digit, ‘ and ’ are a short year (’26, often typed ‘26) or minutes (3‘), not quotes.
    else if ((char === '‘' || char === '’') && (DIGIT.test(text[i - 1] ?? '') || DIGIT.test(text[i + 1] ?? ''))) continue;
    else if (char in pairs) stack.push({ index: i, char });
    else if (closers.has(char)) {
      // Korea’s (an apostrophe) closes nothing that was opened.
      if (char === '’' && stack.at(-1)?.char !== '‘') continue;
      if (stack.at(-1)?.char !== closers.get(char)) return { index: i, char };
      stack.pop();
    }
  }
  if (straightQuote !== null) return { index: straightQuote, char: '"' };
  return stack[0] ?? null;
}

// Report-style (보고서체/개조식) sentence endings: ~함, ~임, ~음 (있음, 없음), ~됨.
const REPORT_ENDING = /[함임음됨](?=[.\s]*$)/;

export const textRules: BlockRule[] = [
  textRule({
    id: 'text/double-space',
    severity: 'warning',
    fixable: true,
    // Pasted web text often pairs a no-break space with a space: that is a double space too.
    find: (text) => matches(text, /(?<=\S)[ \u00A0\u3000]{2,}(?=\S)/g, () => ' ').filter((hit) => !isSpreadLabel(text, hit.range)),
  }),
  textRule({
    id: 'text/space-inside-parentheses',
    severity: 'warning',
    fixable: true,
    find: (text) => [
      ...matches(text, /(?<=[([]) +(?=\S)/g, () => ''),
      ...matches(text, /(?<=\S) +(?=[)\]])/g, () => ''),
    ],
  }),
  textRule({
    id: 'text/mixed-punctuation',
    severity: 'warning',
    fixable: true,
    find: (text) =>
      HALF_WIDTH_PUNCTUATION.test(text)
        ? matches(text, FULL_WIDTH_PUNCTUATION, (m) => String.fromCharCode(m[0].charCodeAt(0) - 0xfee0))
        : [],
  }),
  {
    id: 'text/latin-o-marker',
    scope: 'block',
    severity: 'warning',
    fixable: true,
    check: (block, context) => {
      if (block.type === 'item' && /^[oO]$/.test(block.marker)) {
        return [{ target: { ...context.target, field: 'marker' }, fix: { kind: 'setMarker', marker: 'ㅇ' } }];
      }
      // Pasted text can keep the `o ` inside a paragraph; where it belongs is the author's call.
      return block.type === 'paragraph' && /^o\s/.test(block.text) ? [{ range: [0, 1] }] : [];
    },
  },
  textRule({
    id: 'text/unbalanced',
    severity: 'warning',
    find: (text, context) => {
      const found = unbalanced(text, context.language);
      return found ? [{ range: [found.index, found.index + 1], params: { text: found.char } }] : [];
    },
  }),
  textRule({
    id: 'text/report-ending',
    severity: 'warning',
    prose: true,
    applies: (_block, context) => context.language === 'ko' && context.bodyStyle === 'paragraphs' && context.target.part === 'body',
    find: (text) =>
      sentenceSpans(text).flatMap(([from, to]): TextHit[] => {
        const m = REPORT_ENDING.exec(text.slice(from, to));
        return m ? [{ range: [from + m.index, from + m.index + 1], params: { text: m[0] } }] : [];
      }),
  }),
  textRule({
    id: 'text/sentence-length',
    severity: 'warning',
    prose: true,
    find: (text, context, profile) => {
      const max = profile.limits.sentenceMaxChars[context.language];
      return sentenceSpans(text).flatMap(([from, to]): TextHit[] => {
        const length = [...text.slice(from, to)].length;
        return length > max ? [{ range: [from, to], params: { length, max } }] : [];
      });
    },
  }),
  textRule({
    id: 'text/date-format',
    severity: 'warning',
    fixable: true,
    find: (text) => dateFormatHits(text),
  }),
  textRule({
    id: 'text/weekday-mismatch',
    severity: 'error',
    fixable: true,
    find: (text, context) => weekdayHits(text, context.year),
  }),
];
