/**
 * Every document version Bodo ever wrote has a committed example in ./examples (`v<N>.bodo`,
 * written by that version and never edited since). Each must open through the migrations
 * as a current document; a bump of DOCUMENT_VERSION without an example of the old version,
 * or a migration, fails here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_VERSION } from './envelope';
import { documentTitle, parseDocumentFile } from './load';
import { MIGRATIONS } from './migrations';

const versions = Array.from({ length: DOCUMENT_VERSION }, (_, i) => i + 1);
const example = (version: number) => new URL(`./examples/v${version}.bodo`, import.meta.url);

describe('documents of every version', () => {
  it.each(versions)('opens the committed example of version %i as a current document', (version) => {
    expect(existsSync(example(version)), `shared/document/examples/v${version}.bodo is missing`).toBe(true);
    const text = readFileSync(example(version), 'utf8');
    expect(JSON.parse(text).version).toBe(version);
    const result = parseDocumentFile(text, `v${version}.bodo`);
    expect(result).toMatchObject({ ok: true, document: { version: DOCUMENT_VERSION } });
    if (result.ok) expect(documentTitle(result.document)).toBe('과기정통부, 국산 AI 반도체 실증 지원 사업 참여기관 공모');
  });

  it('has one migration from each older version', () => {
    expect(MIGRATIONS.map((migration) => migration.from).sort()).toEqual(versions.slice(0, -1));
  });

  it('refuses a file from a newer Bodo, naming the version it needs', () => {
    const newer = { ...JSON.parse(readFileSync(example(DOCUMENT_VERSION), 'utf8')), version: DOCUMENT_VERSION + 3 };
    expect(parseDocumentFile(JSON.stringify(newer), '새 버전.bodo')).toMatchObject({
      ok: false,
      message: expect.stringMatching(new RegExp(`“새 버전\\.bodo”.*newer Bodo.*reads document version ${DOCUMENT_VERSION + 3}`)),
    });
  });
});
