/**
 * The installers' configuration (electron-builder.yml), checked without building: valid YAML,
 * every platform's targets, the icons, the `.bodo` association with its document icon, only
 * built output shipped, and the Electron fuses (electron-builder flips them at packaging): no
 * running as plain Node, no NODE_OPTIONS, no inspector flags, app code only from a checked ASAR,
 * and no extra powers for file:// pages. A packaging change that drops one fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root));

type Config = {
  appId: string;
  asar: boolean;
  electronFuses: Record<string, boolean>;
  files: string[];
  directories: { buildResources: string; output: string };
  fileAssociations: { ext: string; name: string; mimeType: string; role: string; icon?: string }[];
  linux: { target: string[]; icon: string };
  win: { target: string; icon: string };
  mac: { target: string; icon: string };
};
const config = parse(read('electron-builder.yml').toString('utf8')) as Config;
const packageJson = JSON.parse(read('package.json').toString('utf8')) as { scripts: Record<string, string>; main: string };

describe('packaging', () => {
  it('builds AppImage and .deb for Linux, NSIS for Windows and a dmg for macOS', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win.target).toBe('nsis');
    expect(config.mac.target).toBe('dmg');
    expect(packageJson.scripts.dist).toMatch(/npm run build && electron-builder --config electron-builder\.yml/);
  });

  it('uses the app icon from build/ on every platform', () => {
    expect(config.directories.buildResources).toBe('build');
    for (const platform of [config.linux, config.win, config.mac]) expect(platform.icon).toBe('build/icon.png');
    const png = read('build/icon.png');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    // electron-builder wants at least 512 px to make the macOS and Windows icons from it.
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
  });

  it('associates .bodo files with the app as their editor, with a document icon', () => {
    const bodo = config.fileAssociations.find((association) => association.ext === 'bodo');
    expect(bodo).toMatchObject({ mimeType: 'application/x-bodo', role: 'Editor' });
    expect(bodo?.name).toBeTruthy();
    // No icon named: electron-builder takes build/<ext>.icns and build/<ext>.ico.
    expect(bodo?.icon).toBeUndefined();
    expect(read('build/bodo.icns').subarray(0, 4).toString('ascii')).toBe('icns');
    const ico = read('build/bodo.ico');
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
  });

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
    // Everything included is built output, or the package.json Electron starts from.
    const included = config.files.filter((pattern) => !pattern.startsWith('!'));
    expect(included.filter((pattern) => !pattern.startsWith('dist/') && pattern !== 'package.json')).toEqual([]);
    expect(packageJson.main.startsWith('dist/')).toBe(true);
    expect(config.directories.output).not.toMatch(/^dist/);
  });

});
