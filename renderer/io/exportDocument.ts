/**
 * The editor's document in an export format, built the one way the command line builds it:
 * editor → release model (`releaseFromEditor`) → `exportRelease`. Exports never see the
 * editor's internals (comments, ids), and reading the document never changes it.
 */
import type { Node as PMNode } from '@tiptap/pm/model';
import type { ExportFormat } from '../../shared/bridge/formats';
import type { DocxExportOptions, ReleaseExportFormat } from '../../shared/export';

/** What an export of `format` carries: PDF is the HTML export, printed by the host. */
export const exportedAs = (format: ExportFormat): ReleaseExportFormat => (format === 'pdf' ? 'html' : format);

/**
 * The file's data: text formats as a string, Word as bytes over a plain ArrayBuffer (what
 * structured clone sends). A `.txt` file gets a BOM so Word detects UTF-8; the clipboard none.
 */
export async function exportDocument(
  doc: PMNode,
  format: ExportFormat,
  target: 'file' | 'clipboard' = 'file',
  docx: DocxExportOptions = {},
): Promise<string | Uint8Array<ArrayBuffer>> {
  // Loaded on first use: the Word writer is large and most sessions never export.
  const [{ releaseFromEditor }, { exportRelease }] = await Promise.all([
    import('../../shared/document/convert'),
    import('../../shared/export'),
  ]);
  const release = releaseFromEditor(doc.toJSON());
  const exported = await exportRelease(release, exportedAs(format), { ...docx, bom: format === 'txt' && target === 'file' });
  return typeof exported.data === 'string' ? exported.data : new Uint8Array(exported.data);
}

/** A text export as a string (the clipboard and the preview take no bytes). */
export async function exportText(doc: PMNode, format: 'txt' | 'html'): Promise<string> {
  const data = await exportDocument(doc, format, 'clipboard');
  return typeof data === 'string' ? data : new TextDecoder().decode(data);
}
