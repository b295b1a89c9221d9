/**
 * One entry for every export, used by the app and the command line. PDF is not here: the
 * host prints the HTML export (printToPDF), which already carries the page setup.
 */
import type { Release } from '../release/model';
import { releaseToDocx, type DocxExportOptions } from './docx';
import { releaseToHtml, type HtmlExportOptions } from './html';
import { releaseToJSON } from './json';
import { releaseToText, type TextExportOptions } from './text';

export const RELEASE_EXPORT_FORMATS = ['txt', 'json', 'html', 'docx'] as const;
export type ReleaseExportFormat = (typeof RELEASE_EXPORT_FORMATS)[number];

export type ExportOptions = TextExportOptions & HtmlExportOptions & DocxExportOptions;

export type ExportedRelease = {
  /** Text formats as a string, Word as bytes (what the bridge's exportFile takes). */
  data: string | Uint8Array;
  mimeType: string;
  extension: string;
};

const MIME_TYPES: Record<ReleaseExportFormat, string> = {
  txt: 'text/plain; charset=utf-8',
  json: 'application/json',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function isReleaseExportFormat(format: string): format is ReleaseExportFormat {
  return (RELEASE_EXPORT_FORMATS as readonly string[]).includes(format);
}

export async function exportRelease(
  release: Release,
  format: ReleaseExportFormat,
  options: ExportOptions = {},
): Promise<ExportedRelease> {
  const result = (data: string | Uint8Array): ExportedRelease => ({ data, mimeType: MIME_TYPES[format], extension: `.${format}` });
  switch (format) {
    case 'txt':
      return result(releaseToText(release, options));
    case 'json':
      return result(releaseToJSON(release));
    case 'html':
      return result(releaseToHtml(release, options));
    case 'docx':
      return result(await releaseToDocx(release, options));
  }
}

export { releaseToDocx, releaseToHtml, releaseToJSON, releaseToText };
export type { DocxExportOptions, HtmlExportOptions, TextExportOptions };
