import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';

/** Panels refresh once typing pauses, never on every keystroke. */
export const SETTLE_MS = 250;

/**
 * A value derived from the editor document, recomputed after edits settle. `derive` and
 * `same` must be stable (module-level), so the subscription is made once per editor; when
 * `same` says nothing visible changed, the panel does not re-render at all.
 */
export function useDerivedFromDocument<T>(
  editor: Editor,
  derive: (doc: PMNode) => T,
  same: (a: T, b: T) => boolean = Object.is,
): T {
  const [value, setValue] = useState(() => derive(editor.state.doc));
  useEffect(() => {
    const refresh = () => {
      const next = derive(editor.state.doc);
      setValue((previous) => (same(previous, next) ? previous : next));
    };
    refresh();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, SETTLE_MS);
    };
    editor.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      editor.off('update', onUpdate);
    };
  }, [editor, derive, same]);
  return value;
}
