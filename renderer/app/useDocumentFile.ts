/**
 * The open document as a file: where it lives, whether it has unsaved changes, and the
 * New / Open / Save / Save As / close flows through the host bridge.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { TFunction } from 'i18next';
import type { BodoBridge, IntentResult } from '../../shared/bridge/contract';
import type { BodoDocument } from '../../shared/document/envelope';
import { documentLanguage } from '../../shared/schema';
import { reviewChanged } from '../review/useReview';
import type { AskChoice } from './ChoiceDialog';

/**
 * One loaded document; a new `id` means a fresh editor (and a fresh undo history).
 * `documentId` names it in the host's recovery journal; `unsaved` marks a document that
 * differs from its file from the start (restored after a crash).
 */
export type Session = { id: number; documentId: string; path: string | null; document: BodoDocument; unsaved?: boolean };

export function newSession(
  previous: Session | null,
  path: string | null,
  document: BodoDocument,
  documentId: string = crypto.randomUUID(),
): Session {
  return { id: (previous?.id ?? 0) + 1, documentId, path, document };
}

/** The `.bodo` envelope around the editor's current content. */
export function envelopeOf(document: BodoDocument, doc: PMNode): BodoDocument {
  return {
    ...document,
    // The language can change while editing (setLanguage); the envelope follows the document.
    meta: { ...document.meta, language: documentLanguage(doc.attrs), modified: new Date().toISOString() },
    content: doc.toJSON(),
  };
}

type Options = {
  host: BodoBridge;
  editor: Editor;
  session: Session;
  setSession: (update: (previous: Session) => Session) => void;
  createDocument: (template?: string) => BodoDocument;
  ask: AskChoice;
  notify: (message: string) => void;
  t: TFunction;
};

export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** A file name (without extension) a save dialog can propose: the title, minus characters no file system takes. */
export function baseNameOf(doc: PMNode, untitled: string): string {
  let title = '';
  doc.forEach((part) => {
    if (part.type.name === 'title') title = part.textContent;
  });
  // Whitespace (tabs, line breaks) collapses first; what is left of the reserved set goes.
  const name = title.replace(/\s+/g, ' ').replace(/[\\/:*?"<>|]/g, ' ').replace(/ +/g, ' ').trim().slice(0, 80);
  return name || untitled;
}

/**
 * Why the document's content does not fit this editor's schema, or null when it fits. The host
 * checked the file, but the renderer does not take its word for the schema: the contract checks
 * only the envelope, and this one walk builds and checks every node.
 */
function contentProblem(editor: Editor, document: BodoDocument): string | null {
  try {
    editor.schema.nodeFromJSON(document.content).check();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export function useDocumentFile({ host, editor, session, setSession, createDocument, ask, notify, t }: Options) {
  /** The document as last saved or opened; null when it never matched its file (restored). */
  const savedDoc = useRef<PMNode | null>(editor.state.doc);
  const [editorDirty, setDirty] = useState(false);
  // React is told only when the flag changes, not on every keystroke.
  const shownDirty = useRef(false);
  const showDirty = useCallback((dirty: boolean) => {
    if (dirty === shownDirty.current) return;
    shownDirty.current = dirty;
    setDirty(dirty);
  }, []);
  // Review data (comments, versions, status) lives in the envelope, beside the editor: the
  // session's envelope as last saved or opened tells whether that changed too.
  const savedEnvelope = useRef({ sessionId: session.id, document: session.document });
  if (savedEnvelope.current.sessionId !== session.id) savedEnvelope.current = { sessionId: session.id, document: session.document };
  // Silenced house-style findings live in the envelope too (a silence makes a new array).
  const dirty = editorDirty || reviewChanged(savedEnvelope.current.document, session.document) || savedEnvelope.current.document.silenced !== session.document.silenced;
  const name = session.path ? fileNameOf(session.path) : t('app.untitled');

  // Undoing back to the saved text counts as clean again. Most keystrokes change the size, which
  // settles it; otherwise `eq` runs, mostly identity checks since unchanged blocks are shared.
  const startsUnsaved = session.unsaved === true;
  useEffect(() => {
    savedDoc.current = startsUnsaved ? null : editor.state.doc;
    showDirty(startsUnsaved);
    const onUpdate = () => {
      const saved = savedDoc.current;
      const { doc } = editor.state;
      showDirty(saved === null || doc.content.size !== saved.content.size || !doc.eq(saved));
    };
    editor.on('update', onUpdate);
    return () => void editor.off('update', onUpdate);
    // `startsUnsaved` belongs to the session, and a session has exactly one editor.
  }, [editor, startsUnsaved, showDirty]);

  useEffect(() => {
    void host.invoke('setWindowState', { title: `${dirty ? '• ' : ''}${name} — Bodo`, dirty });
  }, [host, name, dirty]);

  // The flows below run from host events and key handlers: read the latest values from a ref.
  const latest = useRef({ session, dirty, name });
  latest.current = { session, dirty, name };

  /** Where to save: the document's file, unless another program changed it and the user would rather not replace that. */
  const saveTarget = useCallback(
    async (askWhere: boolean): Promise<string | null | 'cancel'> => {
      const { session: current, name: currentName } = latest.current;
      if (askWhere || current.path === null) return null;
      const status = await host.invoke('fileStatus', { path: current.path });
      if (!status.ok || status.state !== 'changed') return current.path;
      const choice = await ask({
        title: t('confirm.changedTitle'),
        body: t('confirm.changedBody', { name: currentName }),
        choices: [
          { id: 'saveAs', label: t('file.saveAs') },
          { id: 'cancel', label: t('confirm.cancel') },
          { id: 'replace', label: t('confirm.replace'), primary: true },
        ],
      });
      return choice === 'replace' ? current.path : choice === 'saveAs' ? null : 'cancel';
    },
    [host, ask, t],
  );

  const save = useCallback(
    async (askWhere: boolean): Promise<boolean> => {
      if (!host.canUseFiles) {
        notify(t('file.noFiles'));
        return false;
      }
      const target = await saveTarget(askWhere);
      if (target === 'cancel') return false;
      const doc = editor.state.doc;
      const document = envelopeOf(latest.current.session.document, doc);
      const result = await host.invoke('saveDocument', {
        path: target,
        document,
        suggestedName: `${baseNameOf(doc, t('app.untitled'))}.bodo`,
      });
      if (result.ok) {
        savedDoc.current = doc;
        savedEnvelope.current = { sessionId: latest.current.session.id, document };
        showDirty(!editor.state.doc.eq(doc));
        setSession((previous) => ({ ...previous, path: result.path, document }));
        return true;
      }
      if (!('canceled' in result)) notify(t('file.saveFailed', { reason: result.message }));
      return false;
    },
    [host, editor, saveTarget, setSession, notify, t, showDirty],
  );

  /** True when the current document may be replaced: saved, discarded, or never changed. */
  const mayReplace = useCallback(async (): Promise<boolean> => {
    if (!latest.current.dirty) return true;
    const choice = await ask({
      title: t('confirm.unsavedTitle'),
      body: t('confirm.unsavedBody', { name: latest.current.name }),
      choices: [
        { id: 'discard', label: t('confirm.discard') },
        { id: 'cancel', label: t('confirm.cancel') },
        { id: 'save', label: t('confirm.save'), primary: true },
      ],
    });
    if (choice === 'save') return save(false);
    return choice === 'discard';
  }, [ask, save, t]);

  /** True (and the user told why) when a document from the host does not fit the editor. */
  const refusedContent = useCallback(
    (document: BodoDocument, path: string | null): boolean => {
      const problem = contentProblem(editor, document);
      if (problem === null) return false;
      const reason = t('file.invalidDocument', { detail: problem });
      notify(path === null ? t('file.openFailedNoName', { reason }) : t('file.openFailed', { name: fileNameOf(path), reason }));
      return true;
    },
    [editor, notify, t],
  );

  const load = useCallback(
    (result: IntentResult<'openDocument'> | IntentResult<'openPath'>) => {
      if (!result.ok) {
        if (!('canceled' in result)) notify(result.message);
        return;
      }
      if (refusedContent(result.document, result.path)) return;
      setSession((previous) => newSession(previous, result.path, result.document));
    },
    [editor, setSession, refusedContent],
  );

  const open = useCallback(async () => {
    if (!host.canUseFiles) return notify(t('file.noFiles'));
    if (await mayReplace()) load(await host.invoke('openDocument', {}));
  }, [host, mayReplace, load, notify, t]);

  const openPath = useCallback(
    async (path: string) => {
      if (await mayReplace()) load(await host.invoke('openPath', { path }));
    },
    [host, mayReplace, load],
  );

  const startNew = useCallback(
    async (template?: string) => {
      if (await mayReplace()) {
        setSession((previous) => newSession(previous, null, createDocument(template)));
      }
    },
    [mayReplace, setSession, createDocument],
  );

  // Back in the window: if another program rewrote the file meanwhile, the user decides now
  // (reload theirs, or keep mine as a copy) rather than meeting it at the next save. Asked
  // once per change: "Cancel" leaves it to the save-time question; a save or load starts afresh.
  const answeredChangeFor = useRef<string | null>(null);
  useEffect(() => {
    answeredChangeFor.current = null;
  }, [session]);
  useEffect(() => {
    if (!host.canUseFiles) return;
    const onFocus = async () => {
      const { path } = latest.current.session;
      if (path === null || answeredChangeFor.current === path) return;
      const status = await host.invoke('fileStatus', { path });
      if (!status.ok || status.state !== 'changed') return;
      answeredChangeFor.current = path;
      const choice = await ask({
        title: t('confirm.changedTitle'),
        body: t('confirm.changedOnFocus', { name: fileNameOf(path) }),
        choices: [
          { id: 'keepMine', label: t('confirm.keepMine') },
          { id: 'cancel', label: t('confirm.cancel') },
          { id: 'reload', label: t('confirm.reload'), primary: true },
        ],
      });
      if (choice === 'keepMine') await save(true);
      else if (choice === 'reload') load(await host.invoke('openPath', { path }));
    };
    const listener = () => void onFocus();
    window.addEventListener('focus', listener);
    return () => window.removeEventListener('focus', listener);
  }, [host, ask, save, load, t]);

  /** A document from the recovery journal replaces the current one, unsaved. */
  const restore = useCallback(
    async (documentId: string) => {
      if (!(await mayReplace())) return;
      const result = await host.invoke('restoreRecoverable', { documentId });
      if (!result.ok) return notify(result.message);
      if (refusedContent(result.document, result.path)) return;
      setSession((previous) => ({ ...newSession(previous, result.path, result.document, result.documentId), unsaved: true }));
    },
    [host, mayReplace, setSession, notify, refusedContent],
  );

  /** The host already asked the user and they chose Save: save, then tell the host whether to close. */
  const saveBeforeClose = useCallback(async () => {
    const proceed = await save(false);
    await host.invoke('closeReply', { proceed });
  }, [host, save]);

  // Exports live in renderer/io (useExport); importing replaces the document as New does (mayReplace).
  return { dirty, name, save, open, openPath, startNew, restore, mayReplace, saveBeforeClose };
}
