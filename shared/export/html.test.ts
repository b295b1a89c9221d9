import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { releaseSchema, type Release } from '../release/model';
import { releaseToHtml } from './html';

const RELEASES = join(__dirname, '../fixtures/releases');
const golden = (name: string): Release =>
  releaseSchema.parse(JSON.parse(readFileSync(join(RELEASES, `${name}.expected.json`), 'utf8')));

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
async function expectValidHtml(html: string): Promise<void> {
  const report = await validator.validateString(html);
  const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message}`));
  expect(messages).toEqual([]);
}

const dom = (html: string) => new JSDOM(html).window.document;

const HOSTILE = `<script>alert("x")</script> & "quoted" 'single' javascript:alert(1) <img src=x onerror=alert(1)>`;
const hostileRelease: Release = {
  format: 'bodo.release',
  version: 1,
  language: 'ko',
  kind: 'rebuttal',
  agency: HOSTILE,
  embargo: { text: HOSTILE, online: HOSTILE, print: HOSTILE, immediate: false },
  distributed: HOSTILE,
  title: `${HOSTILE}\n${HOSTILE}`,
  subtitles: [HOSTILE],
  body: [
    { type: 'heading', text: HOSTILE },
    {
      type: 'item',
      level: 1,
      marker: `"><script>`,
      text: `${HOSTILE} https://example.go.kr/a?b=1&c=2 mailto:press@example.go.kr`,
      notes: [{ marker: '*', text: HOSTILE, anchor: HOSTILE }],
      children: [{ type: 'remark', text: HOSTILE }],
    },
    { type: 'paragraph', text: HOSTILE, notes: [], children: [] },
    { type: 'table', caption: HOSTILE, rows: [[HOSTILE], [HOSTILE]] },
  ],
  attachments: [{ label: HOSTILE, title: HOSTILE, body: [{ type: 'remark', text: HOSTILE }] }],
  contacts: [{ role: 'head', department: HOSTILE, rank: HOSTILE, name: HOSTILE, phone: HOSTILE }],
};

describe('HTML export', () => {
  it.each(['ko-sample-ai-chips', 'msit-belarus-2019'])('%s is a valid standalone HTML5 file', async (name) => {
    const html = releaseToHtml(golden(name));
    await expectValidHtml(html);
    const doc = dom(html);
    expect(doc.documentElement.lang).toBe(golden(name).language);
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.querySelectorAll('script, link[rel="stylesheet"]')).toHaveLength(0);
    expect(doc.querySelector('style')?.textContent).toContain('@page { size: A4; margin: 10mm 20mm 15mm 20mm; }');
  });

  it('shows the header, title box, subtitles and contacts of the printed release', () => {
    const doc = dom(releaseToHtml(golden('ko-sample-ai-chips')));
    expect(doc.querySelector('header [data-field="kind"]')?.textContent).toBe('보도자료');
    expect(doc.querySelector('header [data-field="agency"]')?.textContent).toBe('과학기술정보통신부');
    const embargo = doc.querySelector('[data-field="embargo"]');
    expect(embargo?.textContent).toBe('2026. 12. 3.(목) 12:00 이후(12. 4.(금) 조간)');
    expect(embargo?.getAttribute('data-online')).toBe('2026-12-03T12:00:00+09:00');
    expect(doc.querySelector('style')?.textContent).toMatch(/\.embargo \{ color: #0000FF; \}/);
    expect(doc.querySelector('h1')?.textContent).toBe('과기정통부, 국산 AI 반도체 실증 지원 사업 참여기관 공모');
    expect([...doc.querySelectorAll('.subtitle')].map((p) => p.textContent)).toEqual([
      '- 데이터센터·공공 클라우드 10곳에 국산 AI 반도체 실증 환경 구축',
      '- 12. 4.(금)부터 12. 31.(목)까지 사업 참여 신청 접수',
    ]);
    const contactRows = [...doc.querySelectorAll('.contacts tr')].map((row) => row.textContent);
    expect(contactRows).toEqual([
      '담당 부서정보통신정책실 인공지능기반정책과',
      '책임자과장이영희044-202-6000',
      '담당자사무관박민수044-202-6001',
      '담당자주무관최지은044-202-6002',
    ]);
  });

  it('keeps glyphs as text and levels, markers and notes in data attributes, nested as in the model', () => {
    const doc = dom(releaseToHtml(golden('ko-sample-ai-chips')));
    const second = doc.querySelectorAll('.release-body > [data-type="item"]')[1]!;
    expect(second.getAttribute('data-level')).toBe('1');
    expect(second.querySelector(':scope > .line')?.textContent).toMatch(/^□ 이번 사업은/);
    expect(second.querySelector(':scope > .notes > .note')?.textContent).toBe('* NPU(Neural Processing Unit): 인공지능 연산에 특화된 반도체');
    const child = second.querySelector(':scope > [data-type="item"]')!;
    expect(child.getAttribute('data-level')).toBe('2');
    expect(child.getAttribute('data-marker')).toBe('ㅇ');
    expect(child.querySelector('[data-level="3"] > [data-level="4"] > .line')?.textContent).toBe('· 연장 여부는 중간 평가 결과에 따라 결정된다.');

    const stacked = [...doc.querySelectorAll('.release-body > [data-type="item"]')[2]!.querySelectorAll('.note')];
    expect(stacked.map((note) => note.getAttribute('data-marker'))).toEqual(['*', '**', '***']);
    // Right-aligned on the asterisks: every marker box in the stack has the same width class.
    expect(new Set(stacked.map((note) => note.className)).size).toBe(1);
    expect(doc.querySelector('[data-type="remark"]')?.textContent).toBe('※ 세부 평가 기준은 공고문 참조');
  });

  it('puts each 참고 page on a new printed page with its title box and a captioned, shaded table', () => {
    const html = releaseToHtml(golden('ko-sample-ai-chips'));
    const doc = dom(html);
    const attachment = doc.querySelector('section[data-type="attachment"]')!;
    expect(attachment.getAttribute('data-label')).toBe('참고 1');
    expect(attachment.querySelector('.title-box')?.textContent).toBe('참고 1 사업 개요');
    expect(doc.querySelector('style')?.textContent).toMatch(/\.attachment \{ break-before: page;/);
    const table = attachment.querySelector('table[data-type="table"]')!;
    expect(table.querySelector('caption')?.textContent).toBe('< 주요 일정 >');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['구분', '일정', '비고']);
    expect(table.querySelectorAll('tbody tr')).toHaveLength(3);
  });

  it('renders a hostile release inert and literal', async () => {
    const html = releaseToHtml(hostileRelease);
    await expectValidHtml(html);
    const doc = dom(html);
    expect(doc.querySelectorAll('script, img, [onerror]')).toHaveLength(0);
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.go.kr/a?b=1&c=2',
      'mailto:press@example.go.kr',
    ]);
    expect(doc.querySelector('[data-field="agency"]')?.textContent).toBe(HOSTILE);
    expect(doc.querySelector('h1')?.innerHTML.split('<br>').length).toBe(2);
    expect(doc.querySelector('[data-type="note"]')?.getAttribute('data-anchor')).toBe(HOSTILE);
    expect(doc.querySelector('[data-type="item"]')?.getAttribute('data-marker')).toBe(`"><script>`);
    expect(doc.querySelector('title')?.textContent).toBe('<script>alert("x")</script> & "quoted…');
    expect(doc.body.textContent).toContain(HOSTILE);
  });

  it('gives only the article for a CMS when asked for the body', async () => {
    const fragment = releaseToHtml(golden('msit-belarus-2019'), { bodyOnly: true });
    expect(fragment.startsWith('<article')).toBe(true);
    expect(fragment).not.toMatch(/<html|<head>|<style|<body/);
    const doc = dom(fragment);
    expect(doc.querySelectorAll('article h2.heading')).toHaveLength(3);
    expect(doc.querySelector('article')?.getAttribute('lang')).toBe('en');
  });
});
