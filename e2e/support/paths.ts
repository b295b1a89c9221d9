/** Where the end-to-end harness finds the built app and its own browser bundle. */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const RENDERER_DIR = join(ROOT, 'dist', 'renderer');
export const BRIDGE_BUNDLE = join(ROOT, 'dist', 'e2e', 'bridge.js');

/** The Electron executable when the npm package could install one, else null. */
export function electronExecutable(): string | null {
  try {
    // The `electron` package's main export is the path to its binary, and throws without one.
    const path: unknown = createRequire(join(ROOT, 'package.json'))('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export const ELECTRON_MISSING =
  'Electron project skipped: no Electron binary is installed (npm ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or the ' +
  'download failed). The same specs ran in the chromium project against the same host services.';
