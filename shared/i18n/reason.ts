/**
 * Messages kept as a `hostErrors` catalogue key and its parameters, so whoever shows them can
 * word them in the interface language. Each failure also carries its English wording for logs,
 * the command line and tests of a single module.
 */
import type { TFunction } from 'i18next';
import { translatorFor } from './index';

/** A message to word later: a `hostErrors` key, its parameters possibly worded messages of their own. */
export type Reason = { key: string; params?: Record<string, string | number | Reason> };
export type Failure = { ok: false; message: string; reason: Reason };

/** Made on first use: an i18next instance costs a few milliseconds of every start-up otherwise. */
let english: TFunction | undefined;

export function wordReason(reason: Reason, t: TFunction = (english ??= translatorFor('en'))): string {
  const params = Object.fromEntries(
    Object.entries(reason.params ?? {}).map(([name, value]) => [name, typeof value === 'object' ? wordReason(value, t) : value]),
  );
  return t(`hostErrors.${reason.key}`, params);
}

export function failure(key: string, params?: Reason['params']): Failure {
  const reason: Reason = params ? { key, params } : { key };
  return { ok: false, message: wordReason(reason), reason };
}
