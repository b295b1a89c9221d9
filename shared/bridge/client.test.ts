import { describe, expect, it } from 'vitest';
import { createBridgeClient, type BridgeTransport } from './client';

function transportAnswering(answer: unknown) {
  const calls: [string, unknown][] = [];
  const listeners = new Set<(command: unknown) => void>();
  const transport: BridgeTransport = {
    kind: 'test',
    canUseFiles: true,
    hasNativeMenu: false,
    invoke: async (channel, payload) => {
      calls.push([channel, payload]);
      return answer;
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const send = (command: unknown) => listeners.forEach((listener) => listener(command));
  return { transport, calls, send };
}

describe('bridge client', () => {
  it('sends each intent on its channel and returns the host’s answer', async () => {
    const { transport, calls } = transportAnswering({ ok: true });
    const bridge = createBridgeClient(transport);
    expect(await bridge.invoke('setWindowState', { title: '보도자료', dirty: true })).toEqual({ ok: true });
    expect(calls).toEqual([['bodo:setWindowState', { title: '보도자료', dirty: true }]]);
    expect([bridge.kind, bridge.canUseFiles, bridge.hasNativeMenu]).toEqual(['test', true, false]);
  });

  it('passes on a host failure, even for intents whose result is not a union with it', async () => {
    const { transport } = transportAnswering({ ok: false, message: 'Bad request' });
    expect(await createBridgeClient(transport).invoke('listRecent', {})).toEqual({ ok: false, message: 'Bad request' });
  });

  it('throws when the host answers outside the contract', async () => {
    const { transport } = transportAnswering({ weird: true });
    await expect(createBridgeClient(transport).invoke('setWindowState', { title: '', dirty: false })).rejects.toThrow(
      /outside the contract/,
    );
  });

  it('checks an opened document’s envelope, leaving its content to the editor schema', async () => {
    const envelope = {
      format: 'bodo.document',
      version: 1,
      meta: { language: 'ko', created: '2026-01-01', modified: '2026-01-01' },
      comments: [],
      versions: [],
    };
    // Deep content problems pass the contract: the renderer's schema check catches them.
    const unchecked = { ...envelope, content: { type: 'doc', content: [{ type: 'video' }] } };
    const opened = createBridgeClient(transportAnswering({ ok: true, path: '/a.bodo', document: unchecked }).transport);
    expect(await opened.invoke('openPath', { path: '/a.bodo' })).toEqual({ ok: true, path: '/a.bodo', document: unchecked });
    const notANode = createBridgeClient(transportAnswering({ ok: true, path: '/a.bodo', document: { ...envelope, content: 'doc' } }).transport);
    await expect(notANode.invoke('openPath', { path: '/a.bodo' })).rejects.toThrow(/outside the contract/);
  });

  it('sends nothing for a request outside the contract', async () => {
    const { transport, calls } = transportAnswering({ ok: true });
    const bridge = createBridgeClient(transport);
    await expect(bridge.invoke('../../secret' as 'listRecent', {})).rejects.toThrow(/no request/);
    await expect(bridge.invoke('__proto__' as 'listRecent', {})).rejects.toThrow(/no request/);
    expect(calls).toEqual([]);
  });

  it('delivers well-formed commands until unsubscribed, and drops malformed ones', () => {
    const { transport, send } = transportAnswering(null);
    const received: unknown[] = [];
    const unsubscribe = createBridgeClient(transport).onCommand((command) => received.push(command));
    send({ name: 'export', format: 'pdf' });
    send({ name: 'export', format: 'hwp' });
    send('save');
    unsubscribe();
    send({ name: 'save' });
    expect(received).toEqual([{ name: 'export', format: 'pdf' }]);
  });
});
