/** The findings the plugin holds, read for the panel and the status bar badge. */
import type { EditorState } from '@tiptap/pm/state';
import type { Decoration } from '@tiptap/pm/view';
import type { Severity } from '../../shared/checks';
import { checksKey, type CheckedFinding } from './plugin';

export type ListedFinding = { decoration: Decoration; checked: CheckedFinding };

export type FindingCounts = Record<Severity, number> & { silenced: number };

export type FindingList = { findings: ListedFinding[]; counts: FindingCounts };

const EMPTY: FindingList = { findings: [], counts: { error: 0, warning: 0, info: 0, silenced: 0 } };

/** Findings not silenced, in reading order (document position), with counts by severity. */
export function listFindings(state: EditorState): FindingList {
  const checks = checksKey.getState(state);
  if (!checks) return EMPTY;
  const counts: FindingCounts = { error: 0, warning: 0, info: 0, silenced: 0 };
  const findings: ListedFinding[] = [];
  for (const decoration of checks.decorations.find()) {
    const checked = decoration.spec as CheckedFinding;
    if (checked.silenced) {
      counts.silenced++;
      continue;
    }
    counts[checked.finding.severity]++;
    findings.push({ decoration, checked });
  }
  findings.sort((a, b) => a.decoration.from - b.decoration.from || a.decoration.to - b.decoration.to);
  return { findings, counts };
}

/**
 * Names a finding across re-checks (rule, target, range), so a panel row keeps its state, and
 * acts on the right squiggle, when the plugin has re-checked its block since the list was drawn.
 */
export function findingKey({ finding }: CheckedFinding): string {
  return JSON.stringify([finding.ruleId, finding.target, finding.range ?? null]);
}

/** The finding's decoration in the current state. */
export function currentDecoration(state: EditorState, checked: CheckedFinding): Decoration | undefined {
  const key = findingKey(checked);
  return checksKey.getState(state)?.decorations.find(undefined, undefined, (spec: CheckedFinding) => spec === checked || findingKey(spec) === key)[0];
}
