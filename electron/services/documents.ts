/** `.bodo` files on disk: read through `parseDocumentFile`, written atomically. */
import { basename } from 'node:path';
import { parseDocumentFile } from '../../shared/document/load';
import type { BodoDocument } from '../../shared/document/envelope';
import { readTextFile, writeFileAtomic, type FileResult } from './files';

export type DocumentFiles = {
  /** A refusal carries its reason, so the host words it in the interface language. */
  read(path: string): Promise<FileResult<{ document: BodoDocument }>>;
  write(path: string, document: BodoDocument): Promise<FileResult<object>>;
};

export function createDocumentFiles(): DocumentFiles {
  return {
    async read(path) {
      const file = await readTextFile(path);
      if (!file.ok) return file;
      return parseDocumentFile(file.text, basename(path));
    },
    write(path, document) {
      return writeFileAtomic(path, serializeDocument(document));
    },
  };
}

/** Pretty-printed so a `.bodo` file diffs well under version control. */
export function serializeDocument(document: BodoDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
