/**
 * The longest common subsequence of two lists, as the index pairs that match. Common ends are
 * matched first (most edits touch a small middle), so the quadratic table only covers the part
 * that changed; a middle too large for it is reported as wholly replaced.
 */
const MAX_TABLE_CELLS = 4_000_000;

export function matchingPairs<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): [number, number][] {
  let start = 0;
  while (start < a.length && start < b.length && same(a[start]!, b[start]!)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && same(a[endA - 1]!, b[endB - 1]!)) {
    endA--;
    endB--;
  }
  const pairs: [number, number][] = [];
  for (let i = 0; i < start; i++) pairs.push([i, i]);
  const rows = endA - start;
  const cols = endB - start;
  if (rows > 0 && cols > 0 && rows * cols <= MAX_TABLE_CELLS) {
    // lengths[i][j]: LCS length of a[start+i..endA) and b[start+j..endB), filled from the end.
    const width = cols + 1;
    const lengths = new Uint32Array((rows + 1) * width);
    for (let i = rows - 1; i >= 0; i--) {
      for (let j = cols - 1; j >= 0; j--) {
        lengths[i * width + j] = same(a[start + i]!, b[start + j]!)
          ? lengths[(i + 1) * width + j + 1]! + 1
          : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < rows && j < cols) {
      if (same(a[start + i]!, b[start + j]!)) {
        pairs.push([start + i, start + j]);
        i++;
        j++;
      } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) i++;
      else j++;
    }
  }
  for (let k = 0; k < a.length - endA; k++) pairs.push([endA + k, endB + k]);
  return pairs;
}

/** `a` turned into `b` as a list of kept, deleted and inserted items (deletions first in each gap). */
export type SequenceStep = { op: 'same' | 'deleted' | 'inserted'; /** index in `a`, or -1 */ a: number; /** index in `b`, or -1 */ b: number };

export function diffSequences<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): SequenceStep[] {
  const out: SequenceStep[] = [];
  let i = 0;
  let j = 0;
  for (const [pa, pb] of [...matchingPairs(a, b, same), [a.length, b.length] as [number, number]]) {
    for (; i < pa; i++) out.push({ a: i, b: -1, op: 'deleted' });
    for (; j < pb; j++) out.push({ a: -1, b: j, op: 'inserted' });
    if (pa < a.length) out.push({ a: pa, b: pb, op: 'same' });
    i = pa + 1;
    j = pb + 1;
  }
  return out;
}
