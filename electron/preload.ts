/**
 * Gives the page `window.bodo` and nothing else: named intents over IPC, never ipcRenderer
 * itself. Sandboxed, so it is bundled into one file (scripts/build-electron.mjs).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createBridgeClient } from '../shared/bridge/client';
import { COMMAND_CHANNEL } from '../shared/bridge/contract';

const bridge = createBridgeClient({
  kind: 'electron',
  canUseFiles: true,
  hasNativeMenu: true,
  invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
  subscribe(listener) {
    const forward = (_event: IpcRendererEvent, command: unknown) => listener(command);
    ipcRenderer.on(COMMAND_CHANNEL, forward);
    return () => void ipcRenderer.off(COMMAND_CHANNEL, forward);
  },
});

// A plain object of values and closures: contextBridge copies the values and proxies the functions.
contextBridge.exposeInMainWorld('bodo', bridge);
