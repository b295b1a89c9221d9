/**
 * Import: a file from File ▸ Import… (the host's dialog; in the browser build the page's own
 * file picker) or dropped on the window is read by the importers and opens as a new untitled
 * document, after the usual question about unsaved changes. The summary of what was
 * recognised stays on screen until dismissed.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import type { BodoBridge } from '../../shared/bridge/contract';
import type { BodoDocument } from '../../shared/document/envelope';
import { documentFromRelease } from '../../shared/document/convert';
import { IMPORT_ACCEPT, ImportError, readImportedFile, type ShownReport } from './readImport';

type Options = {
  host: BodoBridge;
  /** True when the open document may be replaced (saved, discarded or unchanged), as for New. */
  mayReplace: () => Promise<boolean>;
  /** Open the document as a new, untitled one with unsaved changes. */
  openImported: (document: BodoDocument) => void;
  notify: (message: string) => void;
  t: TFunction;
};

export function useImport({ host, mayReplace, openImported, notify, t }: Options) {
  const [report, setReport] = useState<ShownReport | null>(null);

  const importBytes = useCallback(
    async (name: string, bytes: Uint8Array) => {
      let imported;
      try {
        imported = await readImportedFile(name, bytes);
      } catch (error) {
        const reason = t(`io.reason.${error instanceof ImportError ? error.reason : 'unreadable'}`);
        return notify(t('io.importFailed', { name, reason }));
      }
      if (!(await mayReplace())) return;
      openImported(documentFromRelease(imported.release, new Date()));
      setReport(imported.report);
    },
    [mayReplace, openImported, notify, t],
  );

  const importFile = useCallback(async (file: File) => importBytes(file.name, new Uint8Array(await file.arrayBuffer())), [importBytes]);

  const startImport = useCallback(async () => {
    if (!host.canUseFiles) return pickInPage(importFile);
    const result = await host.invoke('importFile', {});
    if (result.ok) await importBytes(result.name, result.bytes);
    else if (!('canceled' in result)) notify(result.message);
  }, [host, importBytes, importFile, notify]);

  // A file dropped anywhere on the window: caught before the editor, which would paste its name.
  const latestImport = useRef(importFile);
  latestImport.current = importFile;
  useEffect(() => {
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      event.stopPropagation();
      void latestImport.current(file);
    };
    window.addEventListener('dragover', onDragOver, true);
    window.addEventListener('drop', onDrop, true);
    return () => {
      window.removeEventListener('dragover', onDragOver, true);
      window.removeEventListener('drop', onDrop, true);
    };
  }, []);

  return { startImport, importBytes, report, dismissReport: useCallback(() => setReport(null), []) };
}

/** The browser build has no host dialog: the page's own file picker reads the file. */
function pickInPage(read: (file: File) => Promise<void>): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = IMPORT_ACCEPT;
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void read(file);
  });
  input.click();
}
