/**
 * Writes the generated documents the pages open: flat paragraphs for the baselines and, once
 * `editorFromRelease` exists, the `.bodo` file for the Bodo editor, one of each per size.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, type BodoDocument, type EditorNodeJSON } from '../shared/document/envelope';
import type { Release } from '../shared/release/model';
import { serializeDocument } from '../electron/services/documents';
import type { PageKind } from './build';
import { attachReviewComments, commentTargets, countBlocks, flatParagraphDoc, generateRelease } from './generate';
import { loadOptional } from './optional';
import type { Report } from './report';

export type Documents = {
  dir: string;
  releases: ReadonlyMap<number, Release>;
  bodoAvailable: boolean;
  fileOf(kind: PageKind, size: number): string;
};

type Convert = { editorFromRelease(release: Release): EditorNodeJSON | { toJSON(): EditorNodeJSON } };

export async function writeDocuments(sizes: readonly number[], dir: string, report: Report): Promise<Documents> {
  mkdirSync(dir, { recursive: true });
  const convert = await loadOptional<Convert>('shared/document/convert', ['editorFromRelease']);
  if (!convert.ok) report.skip('Bodo editor', convert.reason);

  const releases = new Map<number, Release>();
  const blockCounts: Record<number, { blocks: number; comments: number }> = {};
  for (const size of sizes) {
    const release = generateRelease(size);
    releases.set(size, release);
    writeFileSync(join(dir, `flat-${size}.json`), JSON.stringify(flatParagraphDoc(release)));
    const targets = commentTargets(release);
    blockCounts[size] = { blocks: countBlocks(release), comments: targets.length };
    if (convert.ok) {
      const converted = convert.module.editorFromRelease(release);
      const content = 'toJSON' in converted ? converted.toJSON() : converted;
      const now = new Date().toISOString();
      const document: BodoDocument = {
        format: DOCUMENT_FORMAT,
        version: DOCUMENT_VERSION,
        meta: { language: release.language, created: now, modified: now },
        content,
        comments: attachReviewComments(content, targets),
        versions: [],
      };
      writeFileSync(join(dir, `release-${size}.bodo`), serializeDocument(document));
    }
  }
  report.results.documents = blockCounts;
  return {
    dir,
    releases,
    bodoAvailable: convert.ok,
    fileOf: (kind, size) => (kind === 'bodo' ? `release-${size}.bodo` : `flat-${size}.json`),
  };
}
