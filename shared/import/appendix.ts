/**
 * Where a 참고 / 붙임 page starts (house-style §1.8, §8): a line equal to `참고`, `붙임`,
 * `참고 N`, `붙임 N`, `별첨`, Bodo's own `참고 1  Title`, a bare `【붙임】`, or `< 참고 …`.
 * `【붙임】 title 1부.` with text after it is the attachment pointer at the end of the body, not
 * a page, and stays a paragraph.
 */
export type AppendixStart = { label: string; title: string | null };

const PLAIN = /^(참\s*고|붙\s*임|별\s*첨)(?:\s*(\d+))?(?:\s{2,}(.*))?$/;
/** English pages need the number: a line "Reference" alone is more likely a heading. */
const ENGLISH = /^(Reference|Appendix|Annex)\s+(\d+)(?:\s{2,}(.*))?$/;
const BRACKETED = /^【\s*(참고|붙임)\s*(\d*)\s*】$/;
const ANGLED = /^[<〈]\s*(참고|붙임)(?:\s*(\d+))?\s*(?:[>〉]\s*(.*))?$/;

export function readAppendixStart(text: string): AppendixStart | null {
  const match = PLAIN.exec(text) ?? ENGLISH.exec(text) ?? BRACKETED.exec(text) ?? ANGLED.exec(text);
  if (!match) return null;
  const word = (match[1] as string).replace(/\s+/g, '');
  const number = match[2] ? ` ${match[2]}` : '';
  const title = match[3]?.trim() || null;
  return { label: `${word}${number}`, title };
}
