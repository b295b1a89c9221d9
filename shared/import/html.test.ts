import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { nodeHtmlEnv } from '../../electron/cli/html-env';
import { releaseToHtml } from '../export/html';
import type { Release } from '../release/model';
import { importDocx } from './docx';
import { importHtml } from './html';
import { importText } from './text';
import { withoutAnchors } from './testing';

const env = nodeHtmlEnv();
const FIXTURES = join(__dirname, '..', 'fixtures');
const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
const golden = (name: string) => JSON.parse(fixture(`releases/${name}.expected.json`)) as Release;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const releases: [string, Release][] = [
  ['msit-belarus-2019', golden('msit-belarus-2019')],
  ['ko-sample-ai-chips', golden('ko-sample-ai-chips')],
  ...readdirSync(join(FIXTURES, 'real'))
    .filter((name) => name.endsWith('.txt'))
    .map((name): [string, Release] => [name, importText(fixture(`real/${name}`).replace(/^[^\n]*\n/, '')).release]),
];

describe('importHtml: Bodo’s own HTML', () => {
  for (const [name, release] of releases) {
    it(`reads back ${name} exactly, and export → import → export is stable`, () => {
      const html = releaseToHtml(release);
      const { release: reread, report } = importHtml(html, env);
      expect(reread).toEqual(release);
      expect(releaseToHtml(reread)).toBe(html);
      expect(report.format).toBe('html');
    });
  }

  it('reads a note anchor the editor knew', () => {
    const release = golden('ko-sample-ai-chips');
    const first = release.body[1];
    if (first?.type !== 'item') throw new Error('fixture changed');
    first.notes[0] = { ...first.notes[0]!, anchor: 'NPU' };
    expect(importHtml(releaseToHtml(release), env).release).toEqual(release);
  });
});

describe('importHtml: other pages', () => {
  it('reads a ministry web page: chrome in nav and footer dropped and reported, body as the text importer reads it', () => {
    const lines = fixture('releases/msit-belarus-2019.txt').split('\n').filter((line) => line.trim() !== '');
    const html = [
      '<html><body><nav><a href="/">HOME</a> <a href="/news">News &amp; Notice</a></nav>',
      '<script>document.title = "x"</script>',
      '<main><p>Press Releases</p>',
      `<h3>${escape(lines[0]!)}</h3>`,
      ...lines.slice(1).map((line) => `<p>${escape(line)}</p>`),
      '</main><footer><p>Copyright MSIT</p></footer></body></html>',
    ].join('\n');
    const { release, report } = importHtml(html, env);
    const expected = golden('msit-belarus-2019');
    expect(release.title).toBe(expected.title);
    expect(release.subtitles).toEqual(expected.subtitles);
    expect(release.body).toEqual(expected.body);
    expect(report.navigation).toEqual(['HOME News & Notice', 'Copyright MSIT']);
  });

  it('sanitizes before reading: script and event handlers never reach the release', () => {
    const { release } = importHtml('<p>제목</p><p>□ 본문<img src=x onerror="alert(1)"><script>alert(2)</script></p>', env);
    expect(JSON.stringify(release)).not.toMatch(/alert|onerror/);
    expect(release.body).toEqual([{ type: 'item', level: 1, marker: '□', text: '본문', notes: [], children: [] }]);
  });

  it('maps nested lists to levels, keeps typed glyphs, and reads tables and two-line titles', () => {
    const html = [
      '<h1>AI 반도체 실증<br>참여기관 공모</h1>',
      '<ul><li>첫째 항목<ul><li>근거</li><li>○ 이미 표시된 근거</li></ul></li></ul>',
      '<table><caption>&lt; 일정 &gt;</caption><tr><th>구분</th><th>일정</th></tr><tr><td>공고</td><td>12. 4.</td></tr></table>',
      '<table><tr><td><p>□ 상자 안의 본문</p></td></tr></table>',
    ].join('');
    const { release } = importHtml(html, env);
    expect(release.title).toBe('AI 반도체 실증\n참여기관 공모');
    expect(release.body).toEqual([
      {
        type: 'item',
        level: 1,
        marker: '□',
        text: '첫째 항목',
        notes: [],
        children: [
          { type: 'item', level: 2, marker: 'ㅇ', text: '근거', notes: [], children: [] },
          { type: 'item', level: 2, marker: '○', text: '이미 표시된 근거', notes: [], children: [] },
        ],
      },
      { type: 'table', caption: '일정', rows: [['구분', '일정'], ['공고', '12. 4.']] },
      { type: 'item', level: 1, marker: '□', text: '상자 안의 본문', notes: [], children: [] },
    ]);
  });

  it('reads a header and contact table cell by cell, as 한글 pages lay them out', () => {
    const html = [
      '<table><tr><td>보도시점</td><td>2026. 4. 13.(월) 조간</td><td>배포</td><td>2026. 4. 12.(일)</td></tr></table>',
      '<p>제목</p><p>□ 본문</p>',
      '<table><tr><td>담당 부서</td><td>철도정책과</td><td>책임자</td><td>과장</td><td>우정훈</td><td>(044-201-3938)</td></tr></table>',
    ].join('');
    const { release } = importHtml(html, env);
    expect(release.embargo).toMatchObject({ print: '2026. 4. 13.(월) 조간' });
    expect(release.distributed).toBe('2026. 4. 12.(일)');
    expect(release.title).toBe('제목');
    expect(release.contacts).toEqual([{ role: 'head', department: '철도정책과', rank: '과장', name: '우정훈', phone: '044-201-3938' }]);
  });
});

describe('importDocx', () => {
  it('reads a Word document: bulleted paragraphs by list level, plain paragraphs, notes', async () => {
    const bullet = (text: string, level: number) => new Paragraph({ text, numbering: { reference: 'bullets', level } });
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'bullets',
            levels: [0, 1, 2].map((level) => ({ level, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT })),
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: '과기정통부, AI 반도체 실증 지원' }),
            new Paragraph({ text: '- 데이터센터 10곳에 실증 환경 구축 -' }),
            bullet('실증 사업을 공모한다.', 0),
            bullet('과제당 최대 20억원*을 지원한다.', 1),
            new Paragraph({ text: '  * 서면 평가 후 확정' }),
            bullet('기간은 12개월이다.', 2),
            new Paragraph({ text: '□ 글리프로 쓴 항목' }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const { release, report } = await importDocx(bytes, env);
    expect(report.format).toBe('docx');
    expect(release.title).toBe('과기정통부, AI 반도체 실증 지원');
    expect(release.subtitles).toEqual(['데이터센터 10곳에 실증 환경 구축']);
    expect(withoutAnchors(release).body).toEqual([
      {
        type: 'item',
        level: 1,
        marker: '□',
        text: '실증 사업을 공모한다.',
        notes: [],
        children: [
          {
            type: 'item',
            level: 2,
            marker: 'ㅇ',
            text: '과제당 최대 20억원*을 지원한다.',
            notes: [{ marker: '*', text: '서면 평가 후 확정' }],
            children: [{ type: 'item', level: 3, marker: '-', text: '기간은 12개월이다.', notes: [], children: [] }],
          },
        ],
      },
      { type: 'item', level: 1, marker: '□', text: '글리프로 쓴 항목', notes: [], children: [] },
    ]);
  });
});
