import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const RELEASES = join(ROOT, 'shared/fixtures/releases');
const KO_JSON = join(RELEASES, 'ko-sample-ai-chips.expected.json');
const work = mkdtempSync(join(tmpdir(), 'bodo-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Run = { code: number; stdout: string; stderr: string };

/** Runs the command line as a user would (through tsx, as `npm run bodo` does). */
function bodo(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'electron/cli/bodo.ts'), ...args],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const golden = (file: string) => readFileSync(join(RELEASES, file), 'utf8');

describe('bodo convert', () => {
  it('writes DOCX-ready text and release JSON to standard output, equal to the goldens', async () => {
    const text = await bodo('convert', KO_JSON, '--to', 'txt');
    expect(text).toEqual({ code: 0, stdout: golden('ko-sample-ai-chips.expected.txt'), stderr: '' });
    const json = await bodo('convert', join(RELEASES, 'msit-belarus-2019.expected.json'), '--to', 'json');
    expect(json).toEqual({ code: 0, stdout: golden('msit-belarus-2019.expected.json'), stderr: '' });
  });

  it('writes files with -o: text with a BOM, HTML, and a Word file', async () => {
    const txt = join(work, 'release.txt');
    const html = join(work, 'release.html');
    const docx = join(work, 'release.docx');
    expect((await bodo('convert', KO_JSON, '--to', 'txt', '-o', txt)).code).toBe(0);
    expect(readFileSync(txt, 'utf8')).toBe(`\uFEFF${golden('ko-sample-ai-chips.expected.txt')}`);
    expect(await bodo('convert', KO_JSON, '--to', 'html', '--output', html)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(html, 'utf8')).toMatch(/^<!DOCTYPE html>\n<html lang="ko">[\s\S]*과기정통부, 국산 AI 반도체/);
    expect((await bodo('convert', KO_JSON, '--to', 'docx', '-o', docx)).code).toBe(0);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
  });

  it('wraps a release into a .bodo document that converts back to the same release', async () => {
    for (const name of ['ko-sample-ai-chips', 'msit-belarus-2019']) {
      const document = join(work, `${name}.bodo`);
      expect((await bodo('convert', join(RELEASES, `${name}.expected.json`), '--to', 'bodo', '-o', document)).code).toBe(0);
      expect(JSON.parse(readFileSync(document, 'utf8'))).toMatchObject({ format: 'bodo.document', version: 1 });
      const text = await bodo('convert', document, '--to', 'txt');
      expect(text).toEqual({ code: 0, stdout: golden(`${name}.expected.txt`), stderr: '' });
    }
  });

  it('says what it read with --report, on standard error only', async () => {
    const run = await bodo('convert', KO_JSON, '--to', 'txt', '--report');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(golden('ko-sample-ai-chips.expected.txt'));
    expect(run.stderr).toContain('already a release, nothing to recognise');
    const imported = await bodo('convert', join(RELEASES, 'msit-belarus-2019.txt'), '--to', 'json', '--report');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ format: 'bodo.release', language: 'en' });
    expect(imported.stderr).toMatch(/format: text/);
  });

  it('exits 1 naming the file and the reason when the input cannot be read', async () => {
    const notRelease = join(work, 'not-release.json');
    writeFileSync(notRelease, JSON.stringify({ format: 'bodo.release', version: 1, language: 'fr' }));
    const brokenJson = join(work, 'broken.json');
    writeFileSync(brokenJson, '{ "format": ');
    const brokenBodo = join(work, 'broken.bodo');
    writeFileSync(brokenBodo, '{ "format": "something.else" }');
    const damagedBodo = join(work, 'damaged.bodo');
    writeFileSync(
      damagedBodo,
      JSON.stringify({
        format: 'bodo.document',
        version: 1,
        meta: { language: 'ko', created: '2026-01-01', modified: '2026-01-01' },
        content: { type: 'doc', content: [{ type: 'spaceship' }] },
      }),
    );
    const pdf = join(work, 'release.pdf');
    writeFileSync(pdf, '%PDF-1.7');

    const cases: [string, RegExp][] = [
      [join(work, 'missing.json'), /no such file/],
      [notRelease, /not a Bodo release JSON .* at language/],
      [brokenJson, /not valid JSON/],
      [brokenBodo, /not a Bodo document/],
      [damagedBodo, /damaged/],
      [pdf, /cannot read \.pdf/],
    ];
    for (const [file, reason] of cases) {
      const run = await bodo('convert', file, '--to', 'txt');
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(new RegExp(`^bodo: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
      expect(run.stderr).toMatch(reason);
    }
  });

  it('exits 1 when the output cannot be written', async () => {
    const run = await bodo('convert', KO_JSON, '--to', 'txt', '-o', join(work, 'no-such-dir', 'out.txt'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^bodo: .*no-such-dir.*out\.txt: no such file/);
  });

  it('exits 2 with the usage for a wrong call', async () => {
    const wrongCalls = [
      [],
      ['frobnicate'],
      ['convert'],
      ['convert', KO_JSON],
      ['convert', KO_JSON, '--to', 'pdf'],
      ['convert', KO_JSON, '--to', 'docx'],
      ['convert', KO_JSON, '--to', 'txt', '--colour'],
      ['convert', KO_JSON, KO_JSON, '--to', 'txt'],
    ];
    for (const args of wrongCalls) {
      const run = await bodo(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/Usage:/);
    }
  });

  it('prints help and exits 0', async () => {
    const general = await bodo('--help');
    expect(general.code).toBe(0);
    expect(general.stdout).toMatch(/bodo convert <input> --to <txt\|json\|html\|docx\|bodo>/);
    const convert = await bodo('convert', '--help');
    expect(convert.code).toBe(0);
    expect(convert.stdout).toMatch(/-o, --output/);
  });
});
