import { useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { afterPause } from '../editor/afterPause';

/** Panels refresh once typing pauses, never on every keystroke. */
export const SETTLE_MS = 250;

const settleListeners = new WeakMap<Editor, Set<() => void>>();

/** Calls `listener` once edits to `editor` pause: one timer per editor, however many panels listen. */
function onSettled(editor: Editor, listener: () => void): () => void {
  let listeners = settleListeners.get(editor);
  if (!listeners) {
    const all = new Set<() => void>();
    const settled = afterPause(SETTLE_MS, () => all.forEach((each) => each()));
    editor.on('update', settled.touch);
    editor.on('destroy', settled.cancel);
    settleListeners.set(editor, (listeners = all));
  }
  const registered = listeners;
  registered.add(listener);
  return () => void registered.delete(listener);
}

/**
 * A value derived from the editor document, recomputed after edits settle. `derive` and
 * `same` must be stable (module-level), so the subscription is made once per editor; when
 * `same` says nothing visible changed, the panel does not re-render at all. Each document is
 * derived once: a long one takes a walk of the whole document per panel.
 */
export function useDerivedFromDocument<T>(
  editor: Editor,
  derive: (doc: PMNode) => T,
  same: (a: T, b: T) => boolean = Object.is,
): T {
  const [derived, setDerived] = useState(() => ({ editor, value: derive(editor.state.doc) }));
  const derivedFrom = useRef(editor.state.doc);
  let current = derived;
  // Another editor (a document opened or made): its value now, not after a frame showing the old one.
  if (derived.editor !== editor) {
    derivedFrom.current = editor.state.doc;
    current = { editor, value: derive(editor.state.doc) };
    setDerived(current);
  }

  useEffect(() => {
    const refresh = () => {
      const doc = editor.state.doc;
      if (doc === derivedFrom.current) return;
      derivedFrom.current = doc;
      const next = derive(doc);
      setDerived((previous) => (previous.editor === editor && same(previous.value, next) ? previous : { editor, value: next }));
    };
    // The document may have changed between the render and now.
    refresh();
    return onSettled(editor, refresh);
  }, [editor, derive, same]);
  return current.value;
}
