import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyRelease, releaseSchema, type Block, type Release } from '../release/model';
import { DOCX_STYLES, releaseToDocx } from './docx';

const RELEASES = join(__dirname, '../fixtures/releases');
const golden = (name: string): Release =>
  releaseSchema.parse(JSON.parse(readFileSync(join(RELEASES, `${name}.expected.json`), 'utf8')));

const work = mkdtempSync(join(tmpdir(), 'bodo-docx-'));
/** LibreOffice takes a few seconds per start, more on a busy machine. */
const OFFICE = { timeout: 180_000 };
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Opens the files in LibreOffice (a private profile, so parallel runs never collide). */
function convertWithLibreOffice(names: string[], format: string): void {
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', format, '--outdir', work, ...names.map((name) => join(work, name))],
    { timeout: 60_000, stdio: 'pipe' },
  );
}

async function writeDocx(name: string, release: Release): Promise<Buffer> {
  const bytes = await releaseToDocx(release);
  writeFileSync(join(work, `${name}.docx`), bytes);
  return Buffer.from(bytes);
}

/** Every piece of text a reader must find: block texts, notes, cells, contacts. */
function textsOf(release: Release): string[] {
  const fromBlocks = (blocks: Block[]): string[] =>
    blocks.flatMap((block) => {
      switch (block.type) {
        case 'heading':
        case 'remark':
          return [block.text];
        case 'table':
          return [...(block.caption ? [block.caption] : []), ...block.rows.flat()];
        default:
          return [block.text, ...block.notes.map((note) => note.text), ...fromBlocks(block.children)];
      }
    });
  return [
    release.title,
    ...release.subtitles,
    ...fromBlocks(release.body),
    ...release.attachments.flatMap((attachment) => [attachment.label, attachment.title, ...fromBlocks(attachment.body)]),
    ...release.contacts.flatMap((contact) => [contact.name, contact.phone ?? '', contact.department ?? '']),
    ...(release.embargo ? [release.embargo.text] : []),
    ...(release.agency ? [release.agency] : []),
  ].filter((text) => text !== '');
}

describe('Word export', () => {
  it('LibreOffice opens both goldens and finds every block, note, cell and contact', OFFICE, async () => {
    const names = ['ko-sample-ai-chips', 'msit-belarus-2019'];
    for (const name of names) {
      const bytes = await writeDocx(name, golden(name));
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
    }
    convertWithLibreOffice(names.map((name) => `${name}.docx`), 'txt:Text (encoded):UTF8');
    for (const name of names) {
      const text = readFileSync(join(work, `${name}.txt`), 'utf8');
      for (const expected of textsOf(golden(name))) expect(text).toContain(expected);
    }
    const korean = readFileSync(join(work, 'ko-sample-ai-chips.txt'), 'utf8');
    // Glyphs are text, followed by the tab to the hanging indent.
    expect(korean).toContain('□\t이번 사업은');
    expect(korean).toContain('ㅇ\t선정된 기관은');
    expect(korean).toContain('***\t서류 평가 점수의 5% 이내');
    expect(korean).toContain('※\t세부 평가 기준은 공고문 참조');
  });

  it('is A4 with MSIT margins, and each 참고 page starts a new printed page', OFFICE, async () => {
    const short: Release = {
      ...emptyRelease('ko'),
      title: '짧은 보도자료',
      body: [{ type: 'item', level: 1, marker: '□', text: '본문 한 줄', notes: [], children: [] }],
    };
    await writeDocx('one-page', short);
    await writeDocx('with-attachment', {
      ...short,
      attachments: [{ label: '참고 1', title: '개요', body: [{ type: 'remark', text: '참고 내용' }] }],
    });
    convertWithLibreOffice(['one-page.docx', 'with-attachment.docx'], 'pdf');
    const pages = (name: string) => readFileSync(join(work, `${name}.pdf`), 'latin1').match(/\/Type\s*\/Page\b/g)?.length;
    expect(pages('one-page')).toBe(1);
    expect(pages('with-attachment')).toBe(2);

    convertWithLibreOffice(['one-page.docx'], 'fodt');
    const layout = readFileSync(join(work, 'one-page.fodt'), 'utf8').match(/<style:page-layout-properties fo:page-width[^>]*>/)?.[0] ?? '';
    const inches = (attribute: string) => Number(new RegExp(`${attribute}="([\\d.]+)in"`).exec(layout)?.[1]);
    const mm = (attribute: string) => Math.round(inches(attribute) * 25.4);
    expect([mm('fo:page-width'), mm('fo:page-height')]).toEqual([210, 297]);
    expect([mm('fo:margin-top'), mm('fo:margin-bottom'), mm('fo:margin-left'), mm('fo:margin-right')]).toEqual([10, 15, 20, 20]);
  });

  it('puts each level in its own style and notes in the note style right under their block', async () => {
    const styleMap = [
      ...([1, 2, 3, 4] as const).map((level) => `p[style-name='${DOCX_STYLES[`level${level}`].name}'] => p.level-${level}:fresh`),
      `p[style-name='${DOCX_STYLES.note.name}'] => p.note:fresh`,
      `p[style-name='${DOCX_STYLES.remark.name}'] => p.remark:fresh`,
      `p[style-name='${DOCX_STYLES.title.name}'] => h1:fresh`,
    ];
    const buffer = await writeDocx('styles', golden('ko-sample-ai-chips'));
    const { value } = await mammoth.convertToHtml({ buffer }, { styleMap });
    const paragraphs = [...new JSDOM(value).window.document.querySelectorAll('p[class], h1')].map(
      (element) => `${element.className || element.tagName.toLowerCase()} ${element.textContent}`,
    );
    /** Compares only the start of each paragraph, which is enough to tell them apart. */
    const expectStarts = (actual: string[], starts: string[]) =>
      expect(actual.map((line, index) => (line.startsWith(starts[index] ?? '\0') ? starts[index] : line))).toEqual(starts);
    expectStarts(paragraphs.slice(0, 1), ['h1 과기정통부, 국산 AI 반도체']);
    const second = paragraphs.findIndex((line) => line.startsWith('level-1 □\t이번 사업은'));
    expectStarts(paragraphs.slice(second, second + 6), [
      'level-1 □\t이번 사업은',
      'note *\tNPU(Neural',
      'level-2 ㅇ\t선정된 기관은',
      'note *\t전력 효율',
      'level-3 -\t실증 기간은',
      'level-4 ·\t연장 여부는',
    ]);
    const stack = paragraphs.findIndex((line) => line.startsWith('level-2 ㅇ\t국산 AI'));
    expect(paragraphs.slice(stack + 1, stack + 5).map((line) => line.split('\t')[0])).toEqual([
      'note *',
      'note **',
      'note ***',
      'remark ※',
    ]);
  });
});
