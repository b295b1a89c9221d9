import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseToHtml } from '../../shared/export/html';
import { formatReport } from '../../shared/import/report';
import type { Release } from '../../shared/release/model';
import { readInput } from './read-input';

const FIXTURES = join(__dirname, '..', '..', 'shared', 'fixtures', 'releases');
const golden = JSON.parse(readFileSync(join(FIXTURES, 'ko-sample-ai-chips.expected.json'), 'utf8')) as Release;

describe('readInput: imported formats', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bodo-import-'));

  it('reads DOCX-ready text (with a BOM) and reports what it recognised', async () => {
    const file = join(dir, 'release.txt');
    writeFileSync(file, `\uFEFF${readFileSync(join(FIXTURES, 'ko-sample-ai-chips.expected.txt'), 'utf8')}`);
    const { release, report } = await readInput(file);
    expect(release).toEqual(golden);
    expect(formatReport(report!)).toContain('attachments: 1, contacts: 3');
  });

  it('reads Bodo’s HTML export (.html and .htm)', async () => {
    for (const name of ['release.html', 'release.htm']) {
      const file = join(dir, name);
      writeFileSync(file, releaseToHtml(golden));
      expect((await readInput(file)).release).toEqual(golden);
    }
  });

  it('says a broken .docx is not a Word document', async () => {
    const file = join(dir, 'broken.docx');
    writeFileSync(file, 'not a zip');
    await expect(readInput(file)).rejects.toThrow(/not a Word/);
  });
});
