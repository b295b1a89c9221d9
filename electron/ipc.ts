/**
 * Every intent of the contract as an `ipcMain.handle` channel. Only our own page may call:
 * the sender frame must be on the app's protocol, whatever else ends up in a frame.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelOf, INTENTS } from '../shared/bridge/contract';
import { dispatchIntent, type HostHandlers } from './services/host';

export const APP_SCHEME = 'bodo-app';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

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
