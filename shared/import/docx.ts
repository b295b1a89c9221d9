/**
 * Word (.docx) → release: mammoth turns the document into HTML (numbered and bulleted
 * paragraphs become nested lists, so list levels become item levels), and the HTML importer
 * reads that like any other page.
 */
import mammoth from 'mammoth';
import { importHtml, type HtmlEnv } from './html';
import type { ImportResult } from './text';

export async function importDocx(bytes: Uint8Array, env: HtmlEnv): Promise<ImportResult> {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`: give both.
  const input = { arrayBuffer, buffer: bytes } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
  const { value: html } = await mammoth.convertToHtml(input);
  return importHtml(html, env, 'docx');
}
