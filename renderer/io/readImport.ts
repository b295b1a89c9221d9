/**
 * A file from elsewhere (picked in File ▸ Import…, or dropped on the window) read into a
 * release with the shared importers, and the new document that holds it.
 */
import { reportOn, type ImportReport } from '../../shared/import/report';
import { releaseSchema, type Release } from '../../shared/release/model';
import { browserHtmlEnv } from './htmlEnv';

/** What the import summary shows; release JSON is read whole, so nothing was guessed. */
export type ShownReport = Omit<ImportReport, 'format'> & { format: ImportReport['format'] | 'json'; name: string };
export type ImportedFile = { release: Release; report: ShownReport };

/** What File ▸ Import… and a drop accept (the file dialog's filter and the input's `accept`). */
export const IMPORT_ACCEPT = '.txt,.html,.htm,.docx,.json';

/** Why a file cannot be imported, as a key of the `io.reason` strings. */
export type ImportRefusal = 'unsupported' | 'bodoFile' | 'notJson' | 'notRelease' | 'notDocx';

export class ImportError extends Error {
  constructor(readonly reason: ImportRefusal) {
    super(reason);
  }
}

/** The release in `bytes`, or an ImportError saying why not (unknown type, broken file). */
export async function readImportedFile(name: string, bytes: Uint8Array): Promise<ImportedFile> {
  const extension = /\.([^.]+)$/.exec(name.toLowerCase())?.[1] ?? '';
  const shown = (result: { release: Release; report: ImportReport }): ImportedFile => ({ release: result.release, report: { ...result.report, name } });
  switch (extension) {
    case 'txt':
    case 'text': {
      const { importText } = await import('../../shared/import/text');
      return shown(importText(decodeText(bytes)));
    }
    case 'html':
    case 'htm': {
      const { importHtml } = await import('../../shared/import/html');
      return shown(importHtml(decodeText(bytes), browserHtmlEnv()));
    }
    case 'docx': {
      // mammoth is large: loaded only when a Word file comes in.
      const { importDocx } = await import('../../shared/import/docx');
      try {
        return shown(await importDocx(bytes, browserHtmlEnv()));
      } catch {
        throw new ImportError('notDocx');
      }
    }
    case 'json': {
      const release = readReleaseJson(decodeText(bytes));
      return { release, report: jsonReport(name, release) };
    }
    case 'bodo':
      throw new ImportError('bodoFile');
    default:
      throw new ImportError('unsupported');
  }
}

/**
 * UTF-8 (with or without a BOM), UTF-16 with a BOM, and otherwise Korean Windows text (CP949),
 * which older 한글 and Notepad files still are.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('euc-kr').decode(bytes);
  }
}

function readReleaseJson(text: string): Release {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ImportError('notJson');
  }
  const parsed = releaseSchema.safeParse(value);
  if (!parsed.success) throw new ImportError('notRelease');
  return parsed.data;
}

function jsonReport(name: string, release: Release): ShownReport {
  return { name, format: 'json', ...reportOn(release) };
}

