/**
 * The sample release: MSIT's English release of 11 April 2019 (the kit's seed fixture), turned
 * into a new untitled document through the same conversion every import uses.
 */
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, type BodoDocument } from '../../shared/document/envelope';
import { editorFromRelease } from '../../shared/document/convert';
import { releaseSchema } from '../../shared/release/model';
import sampleRelease from '../../shared/fixtures/releases/msit-belarus-2019.expected.json';

export function sampleDocument(now: Date): BodoDocument {
  const release = releaseSchema.parse(sampleRelease);
  const stamp = now.toISOString();
  return {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    meta: { language: release.language, template: 'sample', created: stamp, modified: stamp },
    content: editorFromRelease(release),
    comments: [],
    versions: [],
  };
}
