import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editorSchema } from '../../shared/schema';
import { documentFromRelease } from '../../shared/document/convert';
import { decodeText, readImportedFile, type ImportError } from './readImport';
import { textAsHtml } from './clipboard';

const fixture = (name: string) => readFileSync(join(__dirname, '..', '..', 'shared', 'fixtures', 'releases', name));

describe('reading an imported file', () => {
  it('reads Bodo text into a release and counts what it found', async () => {
    const { release, report } = await readImportedFile('belarus.TXT', fixture('msit-belarus-2019.txt'));
    expect(release.title).toContain('Belarus');
    expect(report.name).toBe('belarus.TXT');
    expect(report.format).toBe('text');
    expect(report.counts.items[0]).toBeGreaterThan(0);
  });

  it('reads release JSON whole, and the new document fits the editor schema', async () => {
    const { release, report } = await readImportedFile('sample.json', fixture('ko-sample-ai-chips.expected.json'));
    expect(report.format).toBe('json');
    expect(report.counts.contacts).toBe(release.contacts.length);
    const document = documentFromRelease(release, new Date('2026-04-13T00:00:00Z'));
    expect(() => editorSchema().nodeFromJSON(document.content).check()).not.toThrow();
    expect(document.meta.language).toBe(release.language);
  });

  it('refuses unknown types and JSON that is no release, saying why', async () => {
    const reason = (name: string, text: string) => readImportedFile(name, new TextEncoder().encode(text)).catch((error: ImportError) => error.reason);
    expect(await reason('photo.png', 'x')).toBe('unsupported');
    expect(await reason('release.bodo', '{}')).toBe('bodoFile');
    expect(await reason('data.json', '{"a":1}')).toBe('notRelease');
    expect(await reason('broken.json', '{')).toBe('notJson');
    expect(await reason('broken.docx', 'not a zip')).toBe('notDocx');
  });

  it('decodes UTF-8 with and without a BOM, UTF-16, and Korean Windows text (CP949)', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('□ 보도')]))).toBe('□ 보도');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0xf4, 0xbc, 0xc4, 0xb3]))).toBe('보도');
    // "보도" in CP949 (EUC-KR): BA B8 B5 B5.
    expect(decodeText(new Uint8Array([0xba, 0xb8, 0xb5, 0xb5]))).toBe('보도');
  });
});

describe('DOCX-ready text as HTML for the clipboard', () => {
  it('keeps one paragraph per line, leading spaces and blank lines, escaped', () => {
    const html = textAsHtml('□ 첫째 <b>\n ㅇ 둘째\n\n끝\n');
    expect(html.match(/<p /g)).toHaveLength(4);
    expect(html).toContain('&lt;b&gt;');
    expect(html).toContain('> ㅇ 둘째</p>');
    expect(html).toContain('&nbsp;');
  });
});
