/**
 * The one place that decides which host the page talks to: the Electron preload or the test
 * harness put `window.bodo` on the page before our script runs; a plain browser gets the
 * in-memory host.
 */
import type { BodoBridge } from '../../shared/bridge/contract';
import { createMemoryHost } from './memory';

declare global {
  interface Window {
    bodo?: BodoBridge;
  }
}

export function selectHost(): BodoBridge {
  return window.bodo ?? createMemoryHost((title) => (document.title = title));
}
