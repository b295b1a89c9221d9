/**
 * Export, preview and copy: the document through the exporters to a file (the host's save
 * dialog), to the HTML preview, or to the clipboard. None of them changes the document, so
 * it stays as clean or as dirty as it was.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { TFunction } from 'i18next';
import type { BodoBridge } from '../../shared/bridge/contract';
import type { ExportFormat } from '../../shared/bridge/formats';
import { commentAnchors } from '../../shared/review/anchors';
import type { Thread } from '../../shared/review/threads';
import { wordComments } from '../../shared/review/wordComments';
import type { AskChoice } from '../app/ChoiceDialog';
import { baseNameOf, fileNameOf } from '../app/useDocumentFile';
import { textAsHtml, writeClipboard, type ClipboardFlavours } from './clipboard';
import { exportDocument, exportText } from './exportDocument';
import { pendingSuggestionsIn } from './pendingSuggestions';

type Options = {
  host: BodoBridge;
  editor: Editor;
  ask: AskChoice;
  notify: (message: string) => void;
  t: TFunction;
  /** The review threads a Word export carries as comments (none unless the settings say so). */
  threadsForWord?: () => readonly Thread[];
};

/** How long a confirmation ("Copied") stays beside the buttons. */
const CONFIRMATION_MS = 4000;

export type CopyFormat = 'txt' | 'html';

export function useExport({ host, editor, ask, notify, t, threadsForWord = () => [] }: Options) {
  /** The HTML export shown in the preview, or null when it is closed. */
  const [previewHtml, setPreviewHtml] = useState<string | null>(null);
  /** A quiet confirmation of the last export or copy; failures go to `notify` (an alert). */
  const [confirmation, setConfirmation] = useState<string | null>(null);
  useEffect(() => {
    if (confirmation === null) return;
    const timer = setTimeout(() => setConfirmation(null), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [confirmation]);

  /** With review suggestions pending, the export would show text nobody accepted yet: ask. */
  const mayExport = useCallback(async (): Promise<boolean> => {
    const count = pendingSuggestionsIn(editor.state.doc);
    if (count === 0) return true;
    const choice = await ask({
      title: t('io.pendingTitle'),
      body: t('io.pendingBody', { count }),
      choices: [
        { id: 'cancel', label: t('confirm.cancel') },
        { id: 'export', label: t('io.exportAnyway'), primary: true },
      ],
    });
    return choice === 'export';
  }, [editor, ask, t]);

  const exportAs = useCallback(
    async (format: ExportFormat) => {
      if (!host.canUseFiles) return notify(t('file.noFiles'));
      if (!(await mayExport())) return;
      const doc = editor.state.doc;
      const comments = format === 'docx' ? wordComments(threadsForWord(), commentAnchors(doc)) : [];
      const result = await host.invoke('exportFile', {
        format,
        suggestedName: `${baseNameOf(doc, t('app.untitled'))}.${format}`,
        data: await exportDocument(doc, format, 'file', { comments }),
      });
      if (result.ok) setConfirmation(t('io.exported', { name: fileNameOf(result.path) }));
      else if (!('canceled' in result)) notify(t('file.exportFailed', { reason: result.message }));
    },
    [host, editor, mayExport, notify, t, threadsForWord],
  );

  const showPreview = useCallback(async () => setPreviewHtml(await exportText(editor.state.doc, 'html')), [editor]);
  const closePreview = useCallback(() => setPreviewHtml(null), []);

  /** Both flavours every time: DOCX-ready text as plain text, and HTML for Word and 한글. */
  const copyAs = useCallback(
    async (format: CopyFormat) => {
      const doc = editor.state.doc;
      const text = await exportText(doc, 'txt');
      const html = format === 'html' ? await exportText(doc, 'html') : textAsHtml(text);
      const viaHost = async (flavours: ClipboardFlavours) => (await host.invoke('writeClipboard', flavours)).ok;
      if (await writeClipboard({ text, html }, viaHost)) setConfirmation(t(format === 'html' ? 'io.copiedHtml' : 'io.copiedText'));
      else notify(t('io.copyFailed'));
    },
    [host, editor, notify, t],
  );

  return { exportAs, previewHtml, showPreview, closePreview, copyAs, confirmation };
}
