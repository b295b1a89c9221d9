/**
 * The sample release: MSIT's English release of 11 April 2019 (the kit's seed fixture), turned
 * into a new untitled document through the same conversion every import uses.
 */
import type { BodoDocument } from '../../shared/document/envelope';
import { documentFromRelease } from '../../shared/document/convert';
import { releaseSchema } from '../../shared/release/model';
import sampleRelease from '../../shared/fixtures/releases/msit-belarus-2019.expected.json';

export function sampleDocument(now: Date): BodoDocument {
  return documentFromRelease(releaseSchema.parse(sampleRelease), now, 'sample');
}
