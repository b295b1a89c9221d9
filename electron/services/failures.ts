/**
 * Failures the user reads, kept as a catalogue key and its parameters (`hostErrors` namespace)
 * so the host can word them in the interface language when it answers the renderer.
 */
import type { TFunction } from 'i18next';
import { wordReason, type Failure, type Reason } from '../../shared/i18n/reason';

export { failure, wordReason, type Failure, type Reason } from '../../shared/i18n/reason';

export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

const CAUSES: Record<string, string | { read: string; write: string }> = {
  ENOENT: { read: 'cause.readMissing', write: 'cause.writeMissing' },
  EACCES: { read: 'cause.readDenied', write: 'cause.writeDenied' },
  EPERM: { read: 'cause.readDenied', write: 'cause.writeDenied' },
  EROFS: 'cause.readOnlyDrive',
  ENOSPC: 'cause.diskFull',
  EDQUOT: 'cause.diskFull',
  EISDIR: 'cause.isFolder',
  ENOTDIR: 'cause.notFolder',
  ENAMETOOLONG: 'cause.nameTooLong',
  EIO: 'cause.driveUnreachable',
  ENXIO: 'cause.driveUnreachable',
  ENODEV: 'cause.driveUnreachable',
  EBUSY: 'cause.inUse',
};

/** Why a file could not be read or written, in words a user can act on; the system's own text for anything else. */
export function fileErrorCause(error: unknown, action: 'read' | 'write'): Reason {
  const cause = CAUSES[errorCode(error) ?? ''];
  if (cause === undefined) return { key: 'cause.other', params: { detail: error instanceof Error ? error.message : String(error) } };
  return { key: typeof cause === 'string' ? cause : cause[action] };
}

/** Results whose failure carries a reason, worded in the interface language; others unchanged. */
export function inInterfaceLanguage<T>(result: T, t?: TFunction): T {
  if (typeof result !== 'object' || result === null || !('reason' in result) || (result as { ok?: unknown }).ok !== false) return result;
  return { ok: false, message: wordReason((result as unknown as Failure).reason, t) } as T;
}
