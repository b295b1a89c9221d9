/**
 * Runs in the page before the app (bundled by global setup, injected with addInitScript):
 * builds `window.bodo` with the same client as the preload, over Playwright bindings.
 */
import { createBridgeClient } from '../../shared/bridge/client';
import type { BodoBridge } from '../../shared/bridge/contract';

type TestWindow = {
  bodo: BodoBridge;
  /** Exposed by the fixture with page.exposeBinding: runs the real host in Node. */
  __bodoDispatch(channel: string, payload: unknown): Promise<unknown>;
  /** Called by the fixture to deliver a host command, as the main process would. */
  __bodoCommand(command: unknown): void;
};
const page = window as unknown as TestWindow;

const listeners = new Set<(command: unknown) => void>();
page.__bodoCommand = (command) => listeners.forEach((listener) => listener(command));
page.bodo = createBridgeClient({
  kind: 'test',
  canUseFiles: true,
  hasNativeMenu: false,
  invoke: (channel, payload) => page.__bodoDispatch(channel, payload),
  subscribe(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
});
