/**
 * The host the Bodo bench page puts behind `window.bodo` before the real app starts: a bridge
 * client (so results are validated as in Electron) over a transport that reads documents from
 * the bench server and parses them as the main process does. Every other intent is answered by
 * the browser version's in-memory host, so the bench follows the contract as it grows.
 * Importing this module installs it.
 */
import { createBridgeClient, type BridgeTransport } from '../../shared/bridge/client';
import { channelOf, intentOfChannel, type HostCommand } from '../../shared/bridge/contract';
import { parseDocumentFile } from '../../shared/document/load';
import { createMemoryHost } from '../../renderer/host/memory';
import { loadLocalSettings, saveLocalSettings } from '../../renderer/settings/localSettings';
import type { MarkPhase } from './harness';

let commandListener: ((command: unknown) => void) | null = null;
let markPhase: MarkPhase | null = null;
const memoryHost = createMemoryHost(() => undefined);
// A returning user: the first run's start page would cover the document being measured.
saveLocalSettings({ ...loadLocalSettings().settings, welcomeSeen: true });

const transport: BridgeTransport = {
  kind: 'test',
  canUseFiles: true,
  hasNativeMenu: false,
  async invoke(channel, payload) {
    if (channel === channelOf('openPath')) {
      const { path } = payload as { path: string };
      const text = await (await fetch(path)).text();
      markPhase?.('read');
      const loaded = parseDocumentFile(text, path.split('/').pop() ?? path);
      markPhase?.('parse');
      return loaded.ok ? { ok: true, path, document: loaded.document } : loaded;
    }
    const intent = intentOfChannel(channel);
    if (!intent) return { ok: false, message: `${channel} is not available in the bench.` };
    return memoryHost.invoke(intent, payload as never);
  },
  subscribe(listener) {
    commandListener = listener;
    return () => {
      if (commandListener === listener) commandListener = null;
    };
  },
};

window.bodo = createBridgeClient(transport);

/** Sends a host command to the app, as the menu or the OS would; `mark` hears the open's phases. */
export function sendHostCommand(command: HostCommand, mark: MarkPhase | null = null): void {
  if (!commandListener) throw new Error('The app has not subscribed to host commands yet.');
  markPhase = mark;
  commandListener(command);
}
