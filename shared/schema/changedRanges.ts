/** What a batch of transactions touched, in the final document: the only places plugins re-check. */
import { getChangedRanges } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';

export type Range = { from: number; to: number };

export function changedRanges(transactions: readonly Transaction[]): Range[] {
  const ranges: Range[] = [];
  transactions.forEach((tr, i) => {
    if (!tr.docChanged) return;
    for (const { newRange } of getChangedRanges(tr)) {
      let { from, to } = newRange;
      for (const later of transactions.slice(i + 1)) {
        from = later.mapping.map(from, -1);
        to = later.mapping.map(to, 1);
      }
      ranges.push({ from, to: Math.max(from, to) });
    }
  });
  return ranges;
}
