/**
 * Turns an input file into a release, by its extension. Each reader is one entry in READERS,
 * so an importer adds a format with one line.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Silence } from '../../shared/checks';
import { releaseFromEditor } from '../../shared/document/convert';
import { parseDocumentFile } from '../../shared/document/load';
import { importDocx } from '../../shared/import/docx';
import { importHtml } from '../../shared/import/html';
import type { ImportReport } from '../../shared/import/report';
import { importText } from '../../shared/import/text';
import { releaseSchema, type Release } from '../../shared/release/model';
import { FileError } from './errors';
import { nodeHtmlEnv } from './html-env';

export type ReadInput = {
  release: Release;
  /** What an importer recognised; absent for inputs that already are a release. */
  report?: ImportReport;
  /** Findings the author chose to keep (a .bodo file records them), for `bodo check`. */
  silenced?: Silence[];
};

type Reader = (bytes: Uint8Array, file: string) => ReadInput | Promise<ReadInput>;

const READERS: Record<string, Reader> = {
  '.json': readReleaseJSON,
  '.bodo': readBodoDocument,
  '.txt': (bytes, file) => importText(decodeUtf8(bytes, file)),
  '.html': (bytes, file) => importHtml(decodeUtf8(bytes, file), nodeHtmlEnv()),
  '.htm': (bytes, file) => importHtml(decodeUtf8(bytes, file), nodeHtmlEnv()),
  '.docx': readDocx,
};

export const READABLE_EXTENSIONS = Object.keys(READERS);

export async function readInput(file: string): Promise<ReadInput> {
  const extension = extname(file).toLowerCase();
  const reader = READERS[extension];
  if (!reader) {
    const known = READABLE_EXTENSIONS.join(', ');
    throw new FileError(file, `cannot read ${extension || 'files without an extension'} (bodo reads ${known})`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new FileError(file, describeFileError(error));
  }
  return reader(bytes, file);
}

/** Words a user can act on for the usual reasons a file cannot be opened. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    // A BOM is common in files written on Windows; it is not part of the content.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new FileError(file, 'not UTF-8 text');
  }
}

function readReleaseJSON(bytes: Uint8Array, file: string): ReadInput {
  let json: unknown;
  try {
    json = JSON.parse(decodeUtf8(bytes, file));
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError(file, 'not valid JSON');
  }
  const parsed = releaseSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new FileError(file, `not a Bodo release JSON (${issue?.message ?? 'invalid'}${where})`);
  }
  return { release: parsed.data };
}

function readBodoDocument(bytes: Uint8Array, file: string): ReadInput {
  // parseDocumentFile also checks the content against the editor schema: a document the
  // editor could not open is refused, not exported half-read.
  const loaded = parseDocumentFile(decodeUtf8(bytes, file), basename(file));
  if (!loaded.ok) throw new FileError(file, loaded.message);
  return { release: releaseFromEditor(loaded.document.content), silenced: loaded.document.silenced ?? [] };
}

async function readDocx(bytes: Uint8Array, file: string): Promise<ReadInput> {
  try {
    return await importDocx(bytes, nodeHtmlEnv());
  } catch {
    throw new FileError(file, 'not a Word (.docx) document');
  }
}
