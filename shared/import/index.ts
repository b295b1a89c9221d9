/**
 * One entry point for every import format. Text needs nothing; HTML and Word need a DOM parser
 * and DOMPurify from the caller (shared/ has no DOM of its own).
 */
import { importDocx } from './docx';
import { importHtml, type HtmlEnv } from './html';
import { importText, type ImportResult } from './text';

export type { ImportReport } from './report';
export { formatReport } from './report';
export type { HtmlEnv } from './html';
export type { ImportResult } from './text';

export type ImportInput =
  | { format: 'text'; text: string }
  | { format: 'html'; html: string; env: HtmlEnv }
  | { format: 'docx'; bytes: Uint8Array; env: HtmlEnv };

export async function importRelease(input: ImportInput): Promise<ImportResult> {
  switch (input.format) {
    case 'text':
      return importText(input.text);
    case 'html':
      return importHtml(input.html, input.env);
    case 'docx':
      return importDocx(input.bytes, input.env);
  }
}

/** The format a file name says, or null when no importer reads it. */
export function importFormatOf(fileName: string): ImportInput['format'] | null {
  const extension = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
  if (extension === 'txt' || extension === 'text') return 'text';
  if (extension === 'html' || extension === 'htm') return 'html';
  if (extension === 'docx') return 'docx';
  return null;
}
