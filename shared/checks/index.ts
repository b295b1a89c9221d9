/** House-style checks: the public surface for the command line, the editor and the review panel. */
export { checkRelease, checkBlock, blocksWithContext, documentContext, releaseYear, isSilenced, sameTarget } from './engine';
export type { CheckOptions } from './engine';
export { applyFix, applySafeFixes } from './fix';
export { blockLabel } from './locate';
export { PROFILES, defaultProfile, msitProfile, isProfileId } from './profiles';
export type { Profile, ProfileId } from './profiles';
export { RULES } from './rules';
export { silenceSchema, targetSchema } from './schema';
export type * from './types';
