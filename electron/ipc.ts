/**
 * Every intent of the contract as an `ipcMain.handle` channel. Only our own page may call:
 * the sender frame must be on the app's protocol, whatever else ends up in a frame.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelOf, INTENTS } from '../shared/bridge/contract';
import { dispatchIntent, type HostHandlers } from './services/host';

export const APP_SCHEME = 'bodo-app';
export const APP_ORIGIN = `${APP_SCHEME}://app`;
/**
 * The renderer's Content-Security-Policy, sent as a header with every app file (renderer/index.html
 * carries the same in a meta tag for other hosts): only the app's own files, no inline script,
 * no remote origin, no plugins, no framing.
 */
export const APP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; frame-ancestors 'none'";

export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    // Not `origin`: WHATWG URL gives custom schemes the origin "null".
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'app';
  } catch {
    return false;
  }
}

export function registerIntents(ipcMain: IpcMain, handlers: HostHandlers): void {
  for (const intent of INTENTS) {
    ipcMain.handle(channelOf(intent), (event: IpcMainInvokeEvent, payload: unknown) => {
      if (!isAppUrl(event.senderFrame?.url)) return { ok: false, message: 'Refused: not the Bodo app.' };
      return dispatchIntent(handlers, intent, payload);
    });
  }
}
