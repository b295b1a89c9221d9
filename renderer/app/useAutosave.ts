/**
 * Journals the open document while it has unsaved changes, every `autosaveSeconds` (the
 * host's preference, asked afresh for each interval so a changed setting counts without a
 * restart), so a crash loses at most that much. Throttled rather than debounced:
 * steady typing still gets journaled. A saved or replaced document leaves the journal.
 */
import { useEffect, useRef } from 'react';
import type { Editor } from '@tiptap/core';
import type { BodoBridge } from '../../shared/bridge/contract';
import type { Session } from './useDocumentFile';
import { envelopeOf } from './useDocumentFile';

export function useAutosave(host: BodoBridge, editor: Editor, session: Session, dirty: boolean): void {
  const latest = useRef({ session, dirty });
  latest.current = { session, dirty };

  useEffect(() => {
    let live = true;
    /** An interval is running (or its length is being asked): edits until it ends are journaled together. */
    let pending = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let journaled = editor.state.doc;
    const write = () => {
      pending = false;
      timer = undefined;
      const doc = editor.state.doc;
      // Saved (or undone back to the file) since the timer started: nothing to journal.
      if (editor.isDestroyed || doc === journaled || !latest.current.dirty) return;
      journaled = doc;
      const { documentId, path, document } = latest.current.session;
      void host.invoke('autosave', { documentId, path, document: envelopeOf(document, doc) });
    };
    const onUpdate = () => {
      if (pending) return;
      pending = true;
      void host.invoke('preferences', {}).then(({ autosaveSeconds }) => {
        if (live) timer = setTimeout(write, autosaveSeconds * 1000);
      });
    };
    editor.on('update', onUpdate);
    return () => {
      live = false;
      clearTimeout(timer);
      editor.off('update', onUpdate);
    };
  }, [host, editor]);

  // Saved (clean again) or replaced by another document: its journal entry has done its job.
  const { documentId } = session;
  useEffect(() => {
    if (!dirty) void host.invoke('discardRecoverable', { documentId });
  }, [host, documentId, dirty]);
  useEffect(() => () => void host.invoke('discardRecoverable', { documentId }), [host, documentId]);
}
