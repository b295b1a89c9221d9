/** What a batch of transactions touched, in the final document: the only places plugins re-check. */
import { Plugin, type Transaction } from '@tiptap/pm/state';

export type Range = { from: number; to: number };

/** Several plugins ask about the same transaction on every keystroke: work it out once. */
const ownRanges = new WeakMap<Transaction, Range[]>();

/**
 * Where `tr`'s steps replaced content, in its final document, overlapping ranges merged. Read
 * off the step maps directly: TipTap's `getChangedRanges` does the same with far more work,
 * which showed in every keystroke's cost.
 */
function rangesOf(tr: Transaction): Range[] {
  let ranges = ownRanges.get(tr);
  if (ranges) return ranges;
  const found: Range[] = [];
  tr.mapping.maps.forEach((map, i) => {
    const later = tr.mapping.slice(i + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => found.push({ from: later.map(newStart, -1), to: later.map(newEnd, 1) }));
  });
  ranges = [];
  for (const range of found.sort((a, b) => a.from - b.from)) {
    const last = ranges[ranges.length - 1];
    if (last && range.from <= last.to) last.to = Math.max(last.to, range.to);
    else ranges.push({ ...range });
  }
  ownRanges.set(tr, ranges);
  return ranges;
}

export function changedRanges(transactions: readonly Transaction[]): Range[] {
  const ranges: Range[] = [];
  transactions.forEach((tr, i) => {
    if (!tr.docChanged) return;
    for (const newRange of rangesOf(tr)) {
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

/**
 * A plugin that tidies what each batch of transactions changed (levels, note order) in one more
 * transaction, so the tidying is part of the same undo step. `tidy` edits `tr`, which starts
 * from the changed document.
 */
export function tidyChangesPlugin(
  tidy: (tr: Transaction, ranges: readonly Range[], transactions: readonly Transaction[]) => void,
): Plugin {
  return new Plugin({
    appendTransaction: (transactions, _oldState, newState) => {
      const ranges = changedRanges(transactions);
      if (ranges.length === 0) return null;
      const { tr } = newState;
      tidy(tr, ranges, transactions);
      return tr.docChanged ? tr : null;
    },
  });
}
