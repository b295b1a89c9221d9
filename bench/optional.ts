/**
 * Parts of Bodo the bench measures may not exist yet in a given checkout (they land one by one).
 * Loading them by a computed path keeps the bench compiling and running without them: a missing
 * part is reported as skipped with the reason, not as a crash.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_DIR } from './paths';

export type Optional<T> = { ok: true; module: T } | { ok: false; reason: string };

/** Imports `relativePath` (from the repository root, without extension) if it exists and exports `names`. */
export async function loadOptional<T>(relativePath: string, names: readonly string[]): Promise<Optional<T>> {
  const file = ['.ts', '.tsx'].map((ext) => join(REPO_DIR, relativePath + ext)).find(existsSync);
  if (!file) return { ok: false, reason: `${relativePath}.ts does not exist yet` };
  try {
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const missing = names.filter((name) => typeof module[name] !== 'function');
    if (missing.length) return { ok: false, reason: `${relativePath} does not export ${missing.join(', ')}` };
    return { ok: true, module: module as T };
  } catch (error) {
    return { ok: false, reason: `${relativePath} failed to load: ${(error as Error).message.split('\n')[0]}` };
  }
}
