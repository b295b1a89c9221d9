/**
 * The house-style checks in the editor: squiggles under findings, re-checked as the author
 * types (see plugin.ts). The profile comes from settings; MSIT's is the default.
 */
import { Extension } from '@tiptap/core';
import { PROFILES, type ProfileId } from '../../shared/checks';
import { checksPlugin } from './plugin';

export type HouseStyleChecksOptions = { profile: ProfileId };

export const HouseStyleChecks = Extension.create<HouseStyleChecksOptions>({
  name: 'houseStyleChecks',
  addOptions: () => ({ profile: 'msit' }),
  addProseMirrorPlugins() {
    return [checksPlugin(PROFILES[this.options.profile])];
  },
});
