/**
 * A value the interface shows from the editor (the cursor's block and marks, the document's
 * language), kept current as transactions come. Each store compares its value after every
 * transaction and tells React only when it changed: typing, which changes none of these,
 * costs one selector call per store and no React work. (TipTap's useEditorState asks React to
 * compare, with a deep compare, twice per transaction and per component.)
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { Editor } from '@tiptap/core';

/** Equal when identical, or arrays or plain objects whose items or fields are. */
export function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

type Store<T> = { get(): T; subscribe(onChange: () => void): () => void };

export function editorValueStore<T>(editor: Editor, select: (editor: Editor) => T): Store<T> {
  let value = select(editor);
  const listeners = new Set<() => void>();
  const refresh = () => {
    const next = select(editor);
    if (shallowEqual(next, value)) return;
    value = next;
    listeners.forEach((listener) => listener());
  };
  return {
    get: () => value,
    subscribe(onChange) {
      if (listeners.size === 0 && !editor.isDestroyed) {
        // Transactions while nobody listened: catch up (React reads the value again after subscribing).
        const now = select(editor);
        if (!shallowEqual(now, value)) value = now;
        editor.on('transaction', refresh);
      }
      listeners.add(onChange);
      return () => {
        listeners.delete(onChange);
        if (listeners.size === 0) editor.off('transaction', refresh);
      };
    },
  };
}

/** `select` must be stable (module-level): the store is made once per editor. */
export function useEditorValue<T>(editor: Editor, select: (editor: Editor) => T): T {
  const store = useMemo(() => editorValueStore(editor, select), [editor, select]);
  return useSyncExternalStore(store.subscribe, store.get);
}
