// @vitest-environment jsdom
/** Autosave follows the interval the settings give now, not the one they gave when the app started. */
import { Editor } from '@tiptap/core';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BodoBridge } from '../../shared/bridge/contract';
import { newDocument } from '../../shared/document/templates';
import { bodoExtensions } from '../../shared/schema';
import { useAutosave } from './useAutosave';
import { newSession } from './useDocumentFile';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let autosaveSeconds: number;
let journaled: number;
const host = {
  invoke: async (intent: string) => {
    if (intent === 'preferences') return { autosaveSeconds };
    if (intent === 'autosave') journaled += 1;
    return { ok: true };
  },
} as unknown as BodoBridge;

beforeEach(() => {
  vi.useFakeTimers();
  autosaveSeconds = 5;
  journaled = 0;
});
afterEach(() => vi.useRealTimers());

describe('useAutosave', () => {
  it('takes a changed interval from the next edit on, without a restart', async () => {
    const document = newDocument('ko-gaejo', new Date(2026, 10, 30));
    const editor = new Editor({ extensions: bodoExtensions(), content: document.content });
    const session = newSession(null, null, document);
    function Journaling() {
      useAutosave(host, editor, session, true);
      return null;
    }
    const root = createRoot(window.document.createElement('div'));
    await act(async () => root.render(createElement(Journaling)));
    /** Typing a character into the title, the first text block. */
    const edit = async () =>
      act(async () => {
        let at = -1;
        editor.state.doc.descendants((node, pos) => {
          if (at < 0 && node.isTextblock) at = pos + 1;
          return at < 0;
        });
        editor.view.dispatch(editor.state.tr.insertText('가', at));
      });

    await edit();
    await act(async () => void vi.advanceTimersByTime(4_000));
    expect(journaled, 'not before five seconds').toBe(0);
    await act(async () => void vi.advanceTimersByTime(1_000));
    expect(journaled).toBe(1);

    autosaveSeconds = 1;
    await edit();
    await act(async () => void vi.advanceTimersByTime(1_000));
    expect(journaled, 'the new one-second interval').toBe(2);

    await act(async () => root.unmount());
    editor.destroy();
  });
});
