import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { editorFromRelease } from '../../shared/document/convert';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, type BodoDocument } from '../../shared/document/envelope';
import type { Release } from '../../shared/release/model';

const root = fileURLToPath(new URL('../..', import.meta.url));

function check(file: string): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(join(root, 'node_modules/.bin/tsx'), [join(root, 'electron/cli/bodo.ts'), 'check', file, '--format', 'json'], { cwd: root }, (error, stdout) =>
      resolve({ code: error ? Number(error.code) : 0, stdout }),
    );
  });
}

describe('bodo check on a .bodo file', () => {
  it('leaves out the findings its author silenced, and reports the others', async () => {
    const release = JSON.parse(readFileSync(join(root, 'shared/fixtures/releases/ko-sample-ai-chips.expected.json'), 'utf8')) as Release;
    release.distributed = '2026. 12. 3.(수)';
    const document: BodoDocument = {
      format: DOCUMENT_FORMAT,
      version: DOCUMENT_VERSION,
      meta: { language: 'ko', created: '2026-12-01T09:00:00.000Z', modified: '2026-12-01T09:00:00.000Z' },
      content: editorFromRelease(release),
      comments: [],
      versions: [],
    };
    const folder = mkdtempSync(join(tmpdir(), 'bodo-silenced-'));
    const plain = join(folder, 'plain.bodo');
    writeFileSync(plain, JSON.stringify(document));
    const silenced = join(folder, 'silenced.bodo');
    const silence = { ruleId: 'header/weekday-mismatch', target: { part: 'header', path: [], field: 'distributed' }, reason: '원문 일정표 그대로', by: '홍길동', at: '2026-12-01T09:00:00.000Z' };
    writeFileSync(silenced, JSON.stringify({ ...document, silenced: [silence] }));

    const before = await check(plain);
    expect(before.code).toBe(1);
    expect(JSON.parse(before.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('header/weekday-mismatch');

    const after = await check(silenced);
    expect(after.code).toBe(0);
    const report = JSON.parse(after.stdout);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('header/weekday-mismatch');
    expect(report.counts.error).toBe(0);
  });
});
