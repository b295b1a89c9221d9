/**
 * Applying safe fixes. The release handed in is never changed: fixes go to a copy. Several
 * fixes in one text are applied from the end backwards so each range still means what the
 * check saw; a fix overlapping one already applied is left for the next check to report again.
 */
import type { Release } from '../release/model';
import { compareTargets } from './engine';
import { readText, removeTarget, writeText } from './locate';
import type { Finding, Fix, Target } from './types';

type Fixable = { target: Target; fix: Fix };

function targetKey(target: Target): string {
  return JSON.stringify([target.part, target.path, target.field ?? 'text', target.at ?? []]);
}

function applyTextFixes(release: Release, fixes: Fixable[]): void {
  const byTarget = new Map<string, Array<{ target: Target; range: [number, number]; text: string }>>();
  for (const { target, fix } of fixes) {
    if (fix.kind !== 'replaceText') continue;
    const key = targetKey(target);
    byTarget.set(key, [...(byTarget.get(key) ?? []), { target, range: fix.range, text: fix.text }]);
  }
  for (const replacements of byTarget.values()) {
    const target = (replacements[0] as { target: Target }).target;
    let text = readText(release, target);
    if (text === undefined) continue;
    let appliedFrom = Infinity;
    for (const { range, text: replacement } of replacements.sort((a, b) => b.range[0] - a.range[0])) {
      const [from, to] = range;
      if (to > appliedFrom || to > text.length || from > to) continue;
      text = text.slice(0, from) + replacement + text.slice(to);
      appliedFrom = from;
    }
    writeText(release, target, text);
  }
}

/** Applies every fix the findings carry and returns the fixed copy. Re-check it afterwards. */
export function applySafeFixes(release: Release, findings: readonly Finding[]): Release {
  const next = structuredClone(release);
  const fixes = findings.filter((finding): finding is Finding & Fixable => finding.fix !== undefined);
  applyTextFixes(next, fixes);
  for (const { target, fix } of fixes) {
    if (fix.kind === 'setMarker') writeText(next, { ...target, field: 'marker' }, fix.marker);
  }
  // Remove from the end of the document backwards, so earlier indexes stay valid.
  const removals = fixes.filter(({ fix }) => fix.kind === 'remove').sort((a, b) => compareTargets(b.target, a.target));
  for (const { target } of removals) removeTarget(next, target);
  return next;
}

export function applyFix(release: Release, finding: Finding): Release {
  return applySafeFixes(release, [finding]);
}
