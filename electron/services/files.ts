/**
 * File access shared by every service: atomic writes and errors worded for users. A save
 * that fails half-way must never leave a truncated file where the user's document was.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export type FileResult<T> = ({ ok: true } & T) | { ok: false; message: string };

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
    return { ok: false, message: `Could not save “${basename(target)}”: ${describeFileError(error, 'write')}` };
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
    return { ok: false, message: `Cannot open “${basename(path)}”: ${describeFileError(error, 'read')}` };
  }
}

export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

export function describeFileError(error: unknown, action: 'read' | 'write'): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return action === 'read'
        ? 'the file no longer exists (it may have been moved, deleted or on a drive that was removed).'
        : 'the folder no longer exists (it may have been moved, deleted or on a drive that was removed).';
    case 'EACCES':
    case 'EPERM':
      return action === 'read'
        ? 'you do not have permission to read it.'
        : 'the folder is read-only or you do not have permission to write there.';
    case 'EROFS':
      return 'the drive is read-only.';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full. Free some space or choose another drive.';
    case 'EISDIR':
      return 'that is a folder, not a file.';
    case 'ENOTDIR':
      return 'part of the path is not a folder.';
    case 'ENAMETOOLONG':
      return 'the name or path is too long.';
    case 'EIO':
    case 'ENXIO':
    case 'ENODEV':
      return 'the drive could not be reached (it may have been removed or disconnected).';
    case 'EBUSY':
      return 'the file is in use by another program.';
    default:
      return error instanceof Error ? error.message : String(error);
  }
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
