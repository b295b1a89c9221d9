import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_VERSION } from './envelope';
import { documentTitle, parseDocumentFile } from './load';

const sample = readFileSync(new URL('../../electron/services/testdata/release.bodo', import.meta.url), 'utf8');
const sampleJson = () => JSON.parse(sample) as Record<string, unknown>;

describe('parseDocumentFile', () => {
  it('reads a current document', () => {
    const result = parseDocumentFile(sample, 'ai-chips.bodo');
    expect(result.ok).toBe(true);
    if (result.ok) expect(documentTitle(result.document)).toBe('인공지능 반도체 실증 사업 착수');
  });

  it('accepts a file that starts with a byte-order mark', () => {
    expect(parseDocumentFile(`\uFEFF${sample}`, 'bom.bodo').ok).toBe(true);
  });

  it('says a file that is not JSON is not a Bodo document, naming it', () => {
    const result = parseDocumentFile('PK\u0003\u0004 word file', 'report.bodo');
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/“report\.bodo”.*not a Bodo document/) });
  });

  it('says JSON of another kind is not a Bodo document', () => {
    const result = parseDocumentFile(JSON.stringify({ format: 'bodo.release', version: 1 }), 'release.json');
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/“release\.json”.*not a Bodo document/) });
  });

  it('names the version a newer file needs', () => {
    const newer = JSON.stringify({ ...sampleJson(), version: DOCUMENT_VERSION + 1 });
    const result = parseDocumentFile(newer, 'future.bodo');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('“future.bodo”');
      expect(result.message).toContain('newer Bodo');
      expect(result.message).toContain(`version ${DOCUMENT_VERSION + 1}`);
    }
  });

  it('says where damaged content is broken', () => {
    const damaged = sampleJson();
    damaged.meta = { language: 'fr', created: 'x', modified: 'y' };
    const result = parseDocumentFile(JSON.stringify(damaged), 'damaged.bodo');
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/“damaged\.bodo”.*damaged.*meta\.language/) });
  });

  it('refuses content the editor schema does not allow', () => {
    const odd = sampleJson();
    odd.content = { type: 'doc', content: [{ type: 'video', attrs: { src: 'x.mp4' } }] };
    const result = parseDocumentFile(JSON.stringify(odd), 'odd.bodo');
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/“odd\.bodo”.*damaged.*video/) });
  });

  it.each([
    ['a block whose content is not a list', { type: 'doc', content: [{ type: 'title', content: 'x' }] }],
    ['text that is not a string', { type: 'doc', content: [{ type: 'title', content: [{ type: 'text', text: 7 }] }] }],
    ['a node without a type', { type: 'doc', content: [{ content: [] }] }],
    ['content that is not a node at all', 'doc'],
  ])('refuses damaged content deep in the document: %s', (_what, content) => {
    const damaged = { ...sampleJson(), content };
    const result = parseDocumentFile(JSON.stringify(damaged), 'deep.bodo');
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/“deep\.bodo”.*damaged/) });
  });

  it('fills review data missing from the file', () => {
    const { comments: _c, versions: _v, ...bare } = sampleJson();
    const result = parseDocumentFile(JSON.stringify(bare), 'bare.bodo');
    expect(result.ok && result.document.comments).toEqual([]);
  });

  it('runs migrations in order up to the current version', () => {
    // A pretend older file whose meta had another name; the chain must end at DOCUMENT_VERSION.
    const old = { ...sampleJson(), version: DOCUMENT_VERSION - 1, meta: undefined, info: sampleJson().meta };
    const result = parseDocumentFile(JSON.stringify(old), 'old.bodo', {
      migrations: [{ from: DOCUMENT_VERSION - 1, migrate: ({ info, ...rest }) => ({ ...rest, meta: info }) }],
    });
    expect(result.ok && result.document.version).toBe(DOCUMENT_VERSION);
  });

  it('says an old file without a migration is damaged rather than guessing', () => {
    const result = parseDocumentFile(JSON.stringify({ ...sampleJson(), version: DOCUMENT_VERSION - 1 }), 'old.bodo', {
      migrations: [],
    });
    expect(result.ok).toBe(false);
  });
});
