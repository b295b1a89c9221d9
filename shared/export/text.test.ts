import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyRelease, releaseSchema, type Release } from '../release/model';
import { releaseToText } from './text';

const RELEASES = join(__dirname, '../fixtures/releases');
const goldenNames = readdirSync(RELEASES)
  .filter((name) => name.endsWith('.expected.json'))
  .map((name) => name.replace('.expected.json', ''));

function golden(name: string): Release {
  return releaseSchema.parse(JSON.parse(readFileSync(join(RELEASES, `${name}.expected.json`), 'utf8')));
}

describe('DOCX-ready text export', () => {
  it.each(goldenNames)('writes %s exactly as the golden text', (name) => {
    const expected = readFileSync(join(RELEASES, `${name}.expected.txt`), 'utf8');
    expect(releaseToText(golden(name))).toBe(expected);
  });

  it('adds a BOM and CRLF line ends only on request', () => {
    const release = golden('ko-sample-ai-chips');
    const plain = releaseToText(release);
    const forFile = releaseToText(release, { bom: true, lineEnding: 'crlf' });
    expect(plain.startsWith('\uFEFF')).toBe(false);
    expect(plain).not.toContain('\r');
    expect(forFile.startsWith('\uFEFF보도자료')).toBe(true);
    expect(forFile.slice(1)).toBe(plain.replace(/\n/g, '\r\n'));
  });

  it('leaves the header out when there is no agency, embargo or distribution date', () => {
    const release: Release = { ...emptyRelease('ko'), title: '제목', body: [{ type: 'heading', text: '소제목' }] };
    expect(releaseToText(release)).toBe('제목\n\n소제목\n');
  });

  it('writes an English header, a two-line title and English contacts', () => {
    const release: Release = {
      ...emptyRelease('en'),
      agency: 'Ministry of Science and ICT',
      distributed: 'April 11, 2019',
      title: 'First line\nSecond line',
      subtitles: ['A highlight'],
      contacts: [
        { role: 'head', name: 'Kim Minji', rank: 'Director', phone: '+82-44-202-4000' },
        { role: 'staff', name: 'Lee Jun' },
      ],
    };
    expect(releaseToText(release)).toBe(
      [
        'Press release  Ministry of Science and ICT',
        'Release date: April 11, 2019',
        '',
        'First line',
        'Second line',
        '- A highlight',
        '',
        'Contact  Kim Minji, Director (+82-44-202-4000)',
        'Contact  Lee Jun',
        '',
      ].join('\n'),
    );
  });

  it('keeps every block on one line and a top-level remark unindented', () => {
    const release: Release = {
      ...emptyRelease('ko'),
      title: '제목',
      body: [
        { type: 'paragraph', text: '첫 줄\n둘째 줄', notes: [{ marker: '*', text: '주석' }], children: [] },
        { type: 'remark', text: '참고 사항' },
      ],
    };
    expect(releaseToText(release)).toBe('제목\n\n첫 줄 둘째 줄\n  * 주석\n\n※ 참고 사항\n');
  });
});
