/**
 * The packaged binary's Electron fuses (electron-builder flips them at packaging): no running as
 * plain Node, no NODE_OPTIONS, no inspector flags, app code only from a checked ASAR, and no
 * extra powers for file:// pages. A packaging change that drops one fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const config = parse(readFileSync(new URL('../electron-builder.yml', import.meta.url), 'utf8')) as {
  asar: boolean;
  electronFuses: Record<string, boolean>;
  files: string[];
};

describe('packaging', () => {
  it('flips the Electron fuses that close the binary to other uses', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual(
      expect.objectContaining({
        runAsNode: false,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
        grantFileProtocolExtraPrivileges: false,
      }),
    );
  });

  it('ships only the built app, not sources, tests or source maps', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', '!dist/e2e/**', '!**/*.map', '!node_modules/**']));
  });
});
