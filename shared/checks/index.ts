/**
 * House-style checks: the public surface for the command line, the editor and the review panel.
 *
 * - Whole release: `checkRelease(release, { profile, silenced, today })`, findings in reading order.
 * - Editor, per keystroke: compute `documentContext(release)` when the document changes, then
 *   `checkBlock(block, { ...shared, role, target, parentLevel }, profile)` for the touched blocks
 *   only; document rules (header, title length, contacts, length) can run on idle.
 * - A finding points at `target` (part, path, field, at) and `range` (offsets in that text), so
 *   squiggles map it back to the editor document; `fix` is always safe: `applyFix`, `applySafeFixes`.
 */
export { checkRelease, checkBlock, checkDocument, blocksWithContext, documentContext, releaseYear, isSilenced, sameTarget } from './engine';
export type { CheckOptions } from './engine';
export { applyFix, applySafeFixes } from './fix';
export { blockLabel } from './locate';
export { PROFILES, defaultProfile, msitProfile, isProfileId, withTitleLimits } from './profiles';
export type { Profile, ProfileId } from './profiles';
export { RULES } from './rules';
export { silenceSchema, targetSchema } from './schema';
export type * from './types';
