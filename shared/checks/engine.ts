/**
 * Runs the rules. `checkRelease` reads a whole release (the command line, the review panel);
 * `checkBlock` re-checks one block with its context, which is all the editor needs after a
 * keystroke, so that path does no more than run the block rules over one block's texts.
 */
import type { Block, Release } from '../release/model';
import { blockLabel, yearOf } from './locate';
import { ruleMessage } from './messages';
import { defaultProfile, type Profile } from './profiles';
import { RULES } from './rules';
import { bodyStyleOf, levelOf } from './rules/structure';
import type { BlockContext, BlockRule, DocumentRule, Finding, Hit, Rule, Silence, Target } from './types';

type EnabledRules = { block: BlockRule[]; document: DocumentRule[] };
const enabledByProfile = new WeakMap<Profile, EnabledRules>();

function enabledRules(profile: Profile): EnabledRules {
  let enabled = enabledByProfile.get(profile);
  if (!enabled) {
    const on = RULES.filter((rule) => profile.rules[rule.id] !== 'off');
    enabled = {
      block: on.filter((rule): rule is BlockRule => rule.scope === 'block'),
      document: on.filter((rule): rule is DocumentRule => rule.scope === 'document'),
    };
    enabledByProfile.set(profile, enabled);
  }
  return enabled;
}

function toFinding(rule: Rule, hit: Hit, fallback: Target, profile: Profile): Finding {
  const override = profile.rules[rule.id];
  const target = hit.target ?? fallback;
  const finding: Finding = {
    ruleId: rule.id,
    severity: override && override !== 'off' ? override : rule.severity,
    message: ruleMessage(rule.id, hit.params),
    target,
    blockLabel: blockLabel(target),
  };
  if (hit.range) finding.range = hit.range;
  if (hit.fix) finding.fix = hit.fix;
  return finding;
}

/** Findings for one block alone (not its children): what the editor re-runs for a touched block. */
export function checkBlock(block: Block, context: BlockContext, profile: Profile = defaultProfile): Finding[] {
  const findings: Finding[] = [];
  for (const rule of enabledRules(profile).block) {
    for (const hit of rule.check(block, context, profile)) findings.push(toFinding(rule, hit, context.target, profile));
  }
  return findings;
}

/** The year dates without one belong to: the distribution date's, else the embargo's. */
export function releaseYear(release: Release): number | null {
  return yearOf(release.distributed) ?? yearOf(release.embargo?.text);
}

/** What every block context shares in a release; compute once per document change, not per block. */
export function documentContext(release: Release): Pick<BlockContext, 'language' | 'bodyStyle' | 'year'> {
  return { language: release.language, bodyStyle: bodyStyleOf(release.body), year: releaseYear(release) };
}

/** Every checkable block of a release with its context, title and subtitles included, in reading order. */
export function* blocksWithContext(release: Release): Generator<{ block: Block; context: BlockContext }> {
  const shared = documentContext(release);
  yield { block: { type: 'heading', text: release.title }, context: { ...shared, role: 'title', target: { part: 'title', path: [] }, parentLevel: 0 } };
  for (const [i, text] of release.subtitles.entries()) {
    yield { block: { type: 'heading', text }, context: { ...shared, role: 'subtitle', target: { part: 'subtitle', path: [i] }, parentLevel: 0 } };
  }
  function* walk(blocks: Block[], part: 'body' | 'attachment', path: number[], parentLevel: number): Generator<{ block: Block; context: BlockContext }> {
    for (const [i, block] of blocks.entries()) {
      const blockPath = [...path, i];
      yield { block, context: { ...shared, role: 'block', target: { part, path: blockPath }, parentLevel } };
      if ('children' in block) yield* walk(block.children, part, blockPath, levelOf(block));
    }
  }
  yield* walk(release.body, 'body', [], 0);
  for (const [a, attachment] of release.attachments.entries()) {
    yield {
      block: { type: 'heading', text: attachment.title },
      context: { ...shared, role: 'attachmentTitle', target: { part: 'attachment', path: [a], field: 'title' }, parentLevel: 0 },
    };
    yield* walk(attachment.body, 'attachment', [a], 0);
  }
}

export function sameTarget(a: Target, b: Target): boolean {
  return (
    a.part === b.part &&
    (a.field ?? 'text') === (b.field ?? 'text') &&
    a.path.length === b.path.length &&
    a.path.every((n, i) => n === b.path[i]) &&
    (a.at ?? []).join() === (b.at ?? []).join()
  );
}

export function isSilenced(finding: Finding, silenced: readonly Silence[]): boolean {
  return silenced.some((silence) => silence.ruleId === finding.ruleId && sameTarget(silence.target, finding.target));
}

const PART_ORDER = ['header', 'title', 'subtitle', 'body', 'attachment', 'contacts'];

/** Document order of two targets: part, then path (a block before its children). */
export function compareTargets(a: Target, b: Target): number {
  const byPart = PART_ORDER.indexOf(a.part) - PART_ORDER.indexOf(b.part);
  if (byPart) return byPart;
  const length = Math.max(a.path.length, b.path.length);
  for (let i = 0; i < length; i++) {
    const byPath = (a.path[i] ?? -1) - (b.path[i] ?? -1);
    if (byPath) return byPath;
  }
  return 0;
}

/** Reading order: target, then position in the text. */
function compareFindings(a: Finding, b: Finding): number {
  return compareTargets(a.target, b.target) || (a.range?.[0] ?? -1) - (b.range?.[0] ?? -1);
}

export type CheckOptions = {
  profile?: Profile;
  /** Findings the author chose to keep (stored in the .bodo envelope). */
  silenced?: readonly Silence[];
  /** Enables the "embargo has passed" reminder; left out, results depend on the release alone. */
  today?: Date;
};

/**
 * Findings of the document rules alone (header, title, structure, contacts, length), unsorted and
 * unsilenced: what the editor runs once typing pauses, beside its per-block `checkBlock`.
 */
export function checkDocument(release: Release, options: Pick<CheckOptions, 'profile' | 'today'> = {}): Finding[] {
  const profile = options.profile ?? defaultProfile;
  const env = { today: options.today ?? null, year: releaseYear(release) };
  const findings: Finding[] = [];
  for (const rule of enabledRules(profile).document) {
    for (const hit of rule.check(release, profile, env)) findings.push(toFinding(rule, hit, { part: 'body', path: [] }, profile));
  }
  return findings;
}

export function checkRelease(release: Release, options: CheckOptions = {}): Finding[] {
  const profile = options.profile ?? defaultProfile;
  const findings = checkDocument(release, options);
  for (const { block, context } of blocksWithContext(release)) findings.push(...checkBlock(block, context, profile));
  const silenced = options.silenced ?? [];
  return findings.filter((finding) => !isSilenced(finding, silenced)).sort(compareFindings);
}
