import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const bodo = join(root, 'electron/cli/bodo.ts');
const koSample = 'shared/fixtures/releases/ko-sample-ai-chips.expected.json';

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, [bodo, 'check', ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

describe('bodo check', () => {
  it('prints file:block: severity rule-id message per finding and exits 0 when there is no error', async () => {
    const { code, stdout, stderr } = await run(koSample, '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([
      `${koSample}:body: warning length/pages The release runs to about 1.2 A4 pages (aim for 1).`,
      `${koSample}:body 2: info structure/single-child This item has a single sub-item; consider folding it into the item.`,
      `${koSample}:body 3: info structure/single-child This item has a single sub-item; consider folding it into the item.`,
    ]);
    expect(stderr).toContain('0 error(s), 1 warning(s), 2 info');
  });

  it('exits 1 on an error, with Korean messages by default and JSON on request', async () => {
    const release = JSON.parse(readFileSync(join(root, koSample), 'utf8'));
    release.distributed = '2026. 12. 3.(수)';
    const file = join(mkdtempSync(join(tmpdir(), 'bodo-check-')), 'wrong-weekday.json');
    writeFileSync(file, JSON.stringify(release));

    const text = await run(file, '--profile', 'msit');
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`${file}:header distributed: error header/weekday-mismatch 2026. 12. 3.은(는) 목요일입니다(수요일로 적혀 있음).`);

    const json = await run(file, '--format', 'json');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.counts).toEqual({ error: 1, warning: 1, info: 2 });
    expect(report.findings[0]).toMatchObject({
      ruleId: 'header/weekday-mismatch',
      target: { part: 'header', field: 'distributed' },
      range: [13, 14],
      fix: { kind: 'replaceText', text: '목' },
    });
  });

  it('exits 2 for a wrong call and 1 for a file it cannot read', async () => {
    const wrongProfile = await run(koSample, '--profile', 'moef');
    expect(wrongProfile.code).toBe(2);
    expect(wrongProfile.stderr).toContain('unknown profile "moef"');
    expect((await run()).code).toBe(2);
    const missing = await run('no-such-release.json');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file');
  });
});
