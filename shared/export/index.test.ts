import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseSchema } from '../release/model';
import { RELEASE_EXPORT_FORMATS, exportRelease, isReleaseExportFormat } from './index';

const release = releaseSchema.parse(
  JSON.parse(readFileSync(join(__dirname, '../fixtures/releases/ko-sample-ai-chips.expected.json'), 'utf8')),
);

describe('exportRelease', () => {
  it('gives text formats as strings and Word as bytes, with a type and an extension', async () => {
    for (const format of RELEASE_EXPORT_FORMATS) {
      const exported = await exportRelease(release, format);
      expect(exported.extension).toBe(`.${format}`);
      expect(typeof exported.data === 'string').toBe(format !== 'docx');
    }
    expect((await exportRelease(release, 'docx')).mimeType).toMatch(/wordprocessingml/);
  });

  it('passes the options through to the exporter', async () => {
    const text = await exportRelease(release, 'txt', { bom: true, lineEnding: 'crlf' });
    expect(text.data).toMatch(/^\uFEFF보도자료 {2}과학기술정보통신부\r\n/);
    const html = await exportRelease(release, 'html', { bodyOnly: true });
    expect(html.data).toMatch(/^<article/);
  });

  it('knows which formats it can write', () => {
    expect(isReleaseExportFormat('docx')).toBe(true);
    expect(isReleaseExportFormat('pdf')).toBe(false);
  });
});
