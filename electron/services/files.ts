/**
 * File access shared by every service: atomic writes and errors worded for users (failures.ts). A save
 * that fails half-way must never leave a truncated file where the user's document was.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { errorCode, failure, fileErrorCause, wordReason } from './failures';

export type FileResult<T> = ({ ok: true } & T) | { ok: false; message: string };
export { errorCode };

/**
 * Write to a temp file beside the target, flush it to disk, then rename it over the target,
 * so readers see either the old file or the new one, never a mix.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<FileResult<object>> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    return failure('saveFailed', { file: basename(target), cause: fileErrorCause(error, 'write') });
  }
  await syncFolder(dirname(target));
  return { ok: true };
}

/** Make the rename itself durable. Not every platform can open a folder (Windows cannot); the data is already safe. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort only.
  }
}

export async function readTextFile(path: string): Promise<FileResult<{ text: string }>> {
  try {
    return { ok: true, text: await readFile(path, 'utf8') };
  } catch (error) {
    return failure('openFailed', { file: basename(path), cause: fileErrorCause(error, 'read') });
  }
}

/** The cause in English, for callers that keep it as text (a settings problem). */
export function describeFileError(error: unknown, action: 'read' | 'write'): string {
  return wordReason(fileErrorCause(error, action));
}

/** A JSON file checked against a schema: its value, `missing`, or why it is unusable. */
export async function readJsonFile<T>(
  path: string,
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
): Promise<{ state: 'ok'; value: T } | { state: 'missing' } | { state: 'invalid'; reason: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { state: 'missing' };
    return { state: 'invalid', reason: describeFileError(error, 'read') };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { state: 'invalid', reason: 'it is not valid JSON.' };
  }
  const checked = schema.safeParse(parsed);
  return checked.success ? { state: 'ok', value: checked.data } : { state: 'invalid', reason: 'its contents are not valid.' };
}
