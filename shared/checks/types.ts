/**
 * The vocabulary of house-style checks: rules, findings, fixes, silences. Everything here is
 * plain data so the command line, the editor squiggles and the review panel share one shape.
 */
import type { Block, Language, Release } from '../release/model';
import type { Profile } from './profiles';

export type Severity = 'error' | 'warning' | 'info';

/** A message in both interface languages (a finding's, filled from the `rules` catalogues). */
export type Localized = { ko: string; en: string };

export type Part = 'header' | 'title' | 'subtitle' | 'body' | 'attachment' | 'contacts';

/**
 * Which text a field names. `note` and `cell` need `at` ([note index] / [row, column]).
 * Header fields are `embargo` and `distributed`; an attachment's title is `title`.
 */
export type TargetField = 'text' | 'note' | 'caption' | 'cell' | 'title' | 'marker' | 'embargo' | 'distributed' | 'phone';

/**
 * Where a finding points. `path` indexes the part: body → [block, child, grandchild…],
 * attachment → [attachment, block, child…], subtitle → [subtitle], contacts → [contact].
 */
export type Target = { part: Part; path: number[]; field?: TargetField; at?: number[] };

/** A change that is always safe to make without asking (the text after it reads the same). */
export type Fix =
  | { kind: 'replaceText'; range: [number, number]; text: string }
  /** Drop the target: an empty subtitle or an empty block with nothing under it. */
  | { kind: 'remove' }
  /** Give an item a different marker glyph (a Latin `o` becomes ㅇ). */
  | { kind: 'setMarker'; marker: string };

export type Finding = {
  ruleId: string;
  severity: Severity;
  message: Localized;
  target: Target;
  /** Character offsets in the target's text. */
  range?: [number, number];
  fix?: Fix;
  /** Human address of the block, e.g. "body 2.1", for lists and the command line. */
  blockLabel: string;
};

/** What a rule reports; the engine adds the rule's id, severity, message (from the `rules` catalogues) and the label. */
export type Hit = {
  /** Defaults to the checked block's own text. */
  target?: Target;
  range?: [number, number];
  params?: Record<string, string | number>;
  fix?: Fix;
};

/** The body's style: □식 (marked items), 문단식 (plain paragraphs), both, or no blocks yet. */
export type BodyStyle = 'items' | 'paragraphs' | 'mixed' | 'none';

/** Which piece of the release a checked block stands for. Title and subtitles are checked as blocks too. */
export type BlockRole = 'title' | 'subtitle' | 'attachmentTitle' | 'block';

/** Everything a block rule may know besides the block: enough to re-check one block per keystroke. */
export type BlockContext = {
  role: BlockRole;
  /** The block's own target (its main text). */
  target: Target;
  /** Nesting level of the enclosing block (0 at the top of the body or an attachment). */
  parentLevel: number;
  language: Language;
  bodyStyle: BodyStyle;
  /** The release's year (from its header), for dates written without one. */
  year: number | null;
};

type RuleBase = {
  id: string;
  severity: Severity;
  /** Whether hits may carry a safe fix (for the panel's "fix all"). */
  fixable?: boolean;
};

export type BlockRule = RuleBase & {
  scope: 'block';
  check(block: Block, context: BlockContext, profile: Profile): Hit[];
};

export type DocumentRule = RuleBase & {
  scope: 'document';
  check(release: Release, profile: Profile, env: { today: Date | null; year: number | null }): Hit[];
};

export type Rule = BlockRule | DocumentRule;

/** A finding the author has looked at and decided to keep, with why (stored in the .bodo envelope). */
export type Silence = { ruleId: string; target: Target; reason: string; by: string; at: string };
