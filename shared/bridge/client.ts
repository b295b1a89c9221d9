/**
 * Builds `window.bodo` from a transport. The preload passes Electron IPC; the end-to-end
 * harness passes Playwright bindings. Results are checked against the contract here, so a
 * host that drifted from it fails loudly at the boundary instead of deep in the UI.
 */
import {
  channelOf,
  contract,
  INTENTS,
  hostCommandSchema,
  type BodoBridge,
  type HostCommand,
  type IntentResult,
} from './contract';

export type BridgeTransport = {
  kind: BodoBridge['kind'];
  canUseFiles: boolean;
  hasNativeMenu: boolean;
  invoke(channel: string, payload: unknown): Promise<unknown>;
  /** Deliver every raw command the host sends; returns an unsubscribe function. */
  subscribe(listener: (command: unknown) => void): () => void;
};

export function createBridgeClient(transport: BridgeTransport): BodoBridge {
  return {
    kind: transport.kind,
    canUseFiles: transport.canUseFiles,
    hasNativeMenu: transport.hasNativeMenu,
    async invoke(intent, request) {
      // The page may call with any string: only the contract's intents ever reach the transport.
      if (!(INTENTS as string[]).includes(intent)) throw new Error(`Bodo has no request “${String(intent)}”.`);
      const raw = await transport.invoke(channelOf(intent), request);
      const result = contract[intent].result.safeParse(raw);
      if (result.success) return result.data as IntentResult<typeof intent>;
      // The host reports its own failures as `{ ok: false, message }`; anything else is a bug.
      const failure = hostFailure(raw);
      if (failure) return failure as IntentResult<typeof intent>;
      throw new Error(`The host answered ${intent} with something outside the contract.`);
    },
    onCommand(listener: (command: HostCommand) => void) {
      return transport.subscribe((raw) => {
        const command = hostCommandSchema.safeParse(raw);
        if (command.success) listener(command.data);
      });
    },
  };
}

function hostFailure(raw: unknown): { ok: false; message: string } | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { ok, message } = raw as { ok?: unknown; message?: unknown };
  return ok === false && typeof message === 'string' ? { ok, message } : null;
}
