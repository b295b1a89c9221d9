import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { releaseToText } from '../export/text';
import { parseEmbargo } from '../release/embargo';
import { KIND_LABELS } from '../release/labels';
import { releaseSchema, type Block, type Contact, type Release } from '../release/model';
import { importText } from './text';
import { readerCounts, survivingPieces, withoutAnchors, withoutWhitespace } from './testing';

const FIXTURES = join(__dirname, '..', 'fixtures');
const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
const golden = (name: string) => JSON.parse(fixture(`releases/${name}.expected.json`)) as Release;
/** Real files keep their source URL on line 1; it is not part of the release. */
const realRelease = (name: string) => fixture(`real/${name}`).replace(/^[^\n]*\n/, '');
const REAL_FILES = readdirSync(join(FIXTURES, 'real')).filter((name) => name.endsWith('.txt'));

describe('importText: goldens', () => {
  it('reads the seed release as pasted (blank lines everywhere, notes at column 0)', () => {
    const { release } = importText(fixture('releases/msit-belarus-2019.txt'));
    expect(withoutAnchors(release)).toEqual(golden('msit-belarus-2019'));
  });

  it('reads Bodo’s own DOCX-ready text of a Korean release with every part', () => {
    const { release, report } = importText(fixture('releases/ko-sample-ai-chips.expected.txt'));
    expect(withoutAnchors(release)).toEqual(withoutAnchors(golden('ko-sample-ai-chips')));
    expect(report.counts).toMatchObject({ items: [6, 2, 1, 1], notes: 5, remarks: 1, tables: 1, attachments: 1, contacts: 3 });
    expect(report.navigation).toEqual([]);
  });

  it('reads the seed release out of its web page, dropping the site chrome and saying so', () => {
    const { release, report } = importText(fixture('releases/msit-belarus-2019.page.txt'));
    const expected = golden('msit-belarus-2019');
    expect(release.title).toBe(expected.title);
    expect(release.subtitles).toEqual(expected.subtitles);
    expect(release.body).toEqual(expected.body);
    expect(report.navigation).toEqual(['Go to Content Go to Navigation', 'HOME News & Notice Press Releases', 'Move to the top of the page']);
    expect(report.header.kindLabel).toBe(true);
  });

  it('every golden export reads back to its release JSON', () => {
    for (const name of ['msit-belarus-2019', 'ko-sample-ai-chips']) {
      const { release } = importText(fixture(`releases/${name}.expected.txt`));
      expect(releaseSchema.parse(release)).toEqual(golden(name));
    }
  });
});

/** What a careful reader sees in each real release (counts are per marker as written). */
type Seen = {
  title: string;
  embargo: Partial<NonNullable<Release['embargo']>> | null;
  distributed: string | null;
  subtitles: string[];
  counts: Record<string, number>;
  attachments: [string, string][];
  contacts: Contact[];
};

const dept = (department: string, people: Omit<Contact, 'department'>[]): Contact[] =>
  people.map((person) => ({ ...person, department }));

const SEEN: Record<string, Seen> = {
  'msit_ko_2018-09-03_nuri_naming.txt': {
    title: '우리가 독자 개발하여 최초 발사하는 한국형발사체,\n국민이 정한 그 이름은 ｢누리｣',
    embargo: {
      text: '2018. 9. 4.(화) 조간(온라인 9. 3. 12:00)부터 보도해 주시기 바랍니다.',
      online: '2018-09-03T12:00:00+09:00',
      print: '2018. 9. 4.(화) 조간',
    },
    distributed: '2018. 9. 3.(월) 09:00',
    // The automatic bullet left only the trailing dash.
    subtitles: ['“세상”의 옛말로, 우주까지 확장된 새로운 세상을 연다는 의미', '명칭공모전에 1만건 이상 응모, 뜨거운 관심 보여'],
    // Level 2 typed as Latin o; the "이 자료에 대하여…" sentence is two plain lines.
    counts: { '□': 4, o: 7, paragraph: 2, table: 1 },
    attachments: [['붙임', '한국형발사체(누리호)와 시험발사체 비교']],
    contacts: dept('거대공공연구정책과', [
      { role: 'head', rank: '과장', name: '장인숙', phone: '02-2110-2430' },
      { role: 'staff', rank: '사무관', name: '용찬재', phone: '02-2110-2428' },
    ]),
  },
  'molit_ko_2026-06-23_railway_day.txt': {
    title: '24일 「2026년 철도의 날」 기념행사 개최\n“세계를 여는 K-철도, 함께 성장하는 대한민국”',
    embargo: { text: '2026. 6. 23.(화) 11:00 이후(6. 24.(수) 조간)', online: '2026-06-23T11:00:00+09:00', print: '6. 24.(수) 조간' },
    distributed: '2026. 6. 23.(화)',
    subtitles: ['우즈베키스탄·베트남 등 해외진출 성과 공유, 철도산업 발전 유공자 표창', '철도산업 발전과 해외시장 진출 협력 세미나, 문학상 등 수상작 전시도 함께'],
    counts: { '□': 4, ㅇ: 7, note: 1 },
    attachments: [],
    contacts: dept('철도국 철도정책과', [
      { role: 'head', rank: '과장', name: '우정훈', phone: '044-201-3938' },
      { role: 'staff', rank: '서기관', name: '김재돈', phone: '044-201-3939' },
      { role: 'staff', rank: '주무관', name: '박동준', phone: '044-201-3943' },
    ]),
  },
  'mois_ko_2026-04-12_life_safety_committee.txt': {
    title: '생명을 존중하는 안전 사회 위해,\n대통령 소속 ‘국민생명안전위원회’ 만든다',
    embargo: {
      text: '(온라인) 2026. 4. 12.(일) 12:00\n(지  면) 2026. 4. 13.(월) 조간',
      online: '2026-04-12T12:00:00+09:00',
      print: '2026. 4. 13.(월) 조간',
    },
    distributed: null,
    subtitles: ['｢국민생명안전위원회의 설치 및 운영에 관한 규정｣ 제정안 입법예고(4.13.~24.)', '생명안전 5대 분야(산업재해, 자살, 자연재난, 교통사고, 어린이 안전사고) 대책 점검 체계 구축'],
    // The 참고 page's diagram is flattened into five plain lines.
    counts: { '□': 7, '○': 13, '-': 3, note: 3, remark: 3, paragraph: 5 },
    attachments: [['참고', '「국민생명안전위원회 설치‧운영 규정」제정 개요']],
    contacts: dept('안전예방정책실 안전정책총괄과', [
      { role: 'head', rank: '과장', name: '윤동진', phone: '044-205-4110' },
      { role: 'staff', rank: '사무관', name: '임희성', phone: '044-205-4120' },
      { role: 'staff', rank: '주무관', name: '김지은', phone: '044-205-4124' },
    ]),
  },
  'mogef_ko_2026-04-13_gender_equality_briefing.txt': {
    title: '성평등가족부, 2026년 성평등 조직문화 조성 사업설명회 개최',
    // The date lacks its dot (`13(월)`): kept as written.
    embargo: { text: '2026. 4. 13(월) 12:00' },
    distributed: '2026. 4. 13.(월) 07:00',
    subtitles: ['공공부문 150여 개 기관 대상 조직문화 진단·맞춤형 개선 지원 추진'],
    // Ten Hancom bullets in the flattened diagram; the schedule table's cells stay lines
    // (its 시간 column spans two cells per row, so no grid can be recovered); the 【붙임】
    // pointer is a paragraph.
    counts: { '□': 10, ㅇ: 7, '\u{F02EF}': 10, '-': 2, '▪': 5, note: 4, remark: 1, paragraph: 24 },
    attachments: [['붙임', '2026년 성평등 조직문화 조성 사업 설명회 개최 계획']],
    contacts: dept('성평등정책관 성평등문화협력과', [
      { role: 'head', rank: '과장', name: '조린', phone: '02-2100-6171' },
      { role: 'staff', rank: '사무관', name: '김미영', phone: '02-2100-6174' },
    ]),
  },
  'mss_ko_2026-04-13_carbon_supply_chain.txt': {
    title: '중기부, 탄소 감축 희망 공급망 내 협력기업에\n에너지 고효율・탄소 저감 설비 구축 지원한다!',
    embargo: { text: '4.13.(월) 석간 < 4.13.(월) 06:00 >', print: '4.13.(월) 석간' },
    distributed: null,
    subtitles: ['｢탄소중립 설비투자 지원｣ 사업 ‘공급망 트랙’ 지원기업 30개사 모집 (4.13~5.6)', '’26년부터 원청기업과 공급망 내 중소기업이 함께 손잡고 지원 가능'],
    // 문단식 body of ten paragraphs; the 참고 page's rowspan table and process diagram stay lines.
    counts: { '□': 5, '◦': 2, '-': 3, '·': 3, note: 7, paragraph: 45 },
    attachments: [['참고', '’26년 탄소중립 설비투자 지원(공급망) 사업 개요']],
    contacts: dept('중소벤처기업부 대외환경대응과', [
      { role: 'head', rank: '과장', name: '예우영', phone: '044-204-7444' },
      { role: 'staff', rank: '사무관', name: '이경규', phone: '044-204-7438' },
      { role: 'staff', rank: '주무관', name: '서지숙', phone: '044-204-7793' },
    ]),
  },
  'msit_en_science_belt_execution_plan_PARTIAL.txt': {
    title: 'MSIT announces the Plan for the Establishment of the International Science & Business Belt (2023-2030)',
    embargo: null,
    distributed: null,
    subtitles: ['Improving the living environment and providing support for commercialization of R&D outcomes'],
    counts: { paragraph: 2, note: 2 },
    attachments: [],
    contacts: [],
  },
};

describe('importText: real releases', () => {
  it('has an expectation for every real file', () => {
    expect(Object.keys(SEEN).sort()).toEqual([...REAL_FILES].sort());
  });

  for (const name of REAL_FILES) {
    describe(name, () => {
      const source = realRelease(name);
      const { release, report } = importText(source);
      const seen = SEEN[name] as Seen;

      it('finds what a careful reader sees', () => {
        expect(release.title).toBe(seen.title);
        if (seen.embargo === null) expect(release.embargo).toBeNull();
        else expect(release.embargo).toMatchObject(seen.embargo);
        expect(release.distributed).toBe(seen.distributed);
        expect(release.subtitles).toEqual(seen.subtitles);
        expect(readerCounts(release)).toEqual(seen.counts);
        expect(release.attachments.map((a) => [a.label, a.title])).toEqual(seen.attachments);
        expect(release.contacts).toEqual(seen.contacts);
        expect(release.language).toBe(name.includes('_en_') ? 'en' : 'ko');
        expect(report.navigation).toEqual([]);
        expect(() => releaseSchema.parse(release)).not.toThrow();
      });

      it('keeps the text of every line through import and text export', () => {
        const exported = withoutWhitespace(releaseToText(release));
        // A contact cell comes back in the house order (`사무관 용찬재 (…)`); its parts are
        // checked exactly above.
        const isContactCell = (line: string) =>
          release.contacts.some((c) => withoutWhitespace(line).includes(c.name) && (!c.phone || line.includes(c.phone)));
        const lost = source
          .split('\n')
          .filter((line) => !isContactCell(line))
          .flatMap(survivingPieces)
          .filter((piece) => !exported.includes(piece));
        expect(lost).toEqual([]);
      });
    });
  }
});

describe('importText: round trip', () => {
  const sources = [
    ...['msit-belarus-2019.txt', 'msit-belarus-2019.page.txt', 'msit-belarus-2019.expected.txt', 'ko-sample-ai-chips.expected.txt'].map(
      (name) => [name, fixture(`releases/${name}`)] as const,
    ),
    ...REAL_FILES.map((name) => [name, realRelease(name)] as const),
  ];
  for (const [name, source] of sources) {
    it(`export → import → export is stable for ${name}`, () => {
      const once = releaseToText(importText(source).release);
      const reread = importText(once).release;
      expect(releaseToText(reread)).toBe(once);
      expect(releaseToText(importText(releaseToText(reread, { bom: true, lineEnding: 'crlf' })).release)).toBe(once);
    });
  }
});

describe('importText: messy text', () => {
  const KO = golden('ko-sample-ai-chips');
  const koText = fixture('releases/ko-sample-ai-chips.expected.txt');

  it('ignores BOM, CRLF, tabs, trailing spaces and extra blank lines', () => {
    const messy =
      '\uFEFF' +
      koText
        .split('\n')
        .map((line) => line.replace(/^ {4}/, '\t').replace(/$/, '   '))
        .join('\r\n\r\n');
    expect(withoutAnchors(importText(messy).release)).toEqual(withoutAnchors(KO));
  });

  it('reads glyph variants by level and keeps them as written', () => {
    const { release } = importText(
      ['제목', '', '■ 하나', ' ○ 둘', '   – 셋', '     ㆍ 넷', ' ◦ 둘', ' ❍ 둘', '   ‐ 셋', '     ∙ 넷', '     ▪넷', '\u{F02EF}다섯'].join('\n'),
    );
    const first = release.body[0] as Extract<Block, { type: 'item' }>;
    expect(first).toMatchObject({ level: 1, marker: '■', text: '하나' });
    expect(first.children.map((child) => (child.type === 'item' ? [child.level, child.marker] : null))).toEqual([
      [2, '○'],
      [2, '◦'],
      [2, '❍'],
    ]);
    expect(readerCounts(release)).toEqual({ '■': 1, '○': 1, '◦': 1, '❍': 1, '–': 1, '‐': 1, ㆍ: 1, '∙': 1, '▪': 1, '\u{F02EF}': 1 });
    expect(release.body[1]).toMatchObject({ type: 'item', level: 1, text: '다섯' });
  });

  it('reads the embargo and distribution written in cells, on one line, or as two lines', () => {
    const cells = importText('보도자료\n\n보도시점\n2026. 4. 13.(월) 조간\n배포\n2026. 4. 12.(일) 09:00\n\n제목').release;
    expect(cells.embargo).toMatchObject({ text: '2026. 4. 13.(월) 조간', print: '2026. 4. 13.(월) 조간' });
    expect(cells.distributed).toBe('2026. 4. 12.(일) 09:00');
    const oneLine = importText('보도시점 : 배포 즉시 보도 가능 / 배포 : 2026. 4. 12.(일)\n제목').release;
    expect(oneLine.embargo).toMatchObject({ immediate: true });
    expect(oneLine.distributed).toBe('2026. 4. 12.(일)');
    expect(oneLine.title).toBe('제목');
  });

  it('joins hard-wrapped lines and note continuations to the block above', () => {
    const { release } = importText(
      ['제목', '', '□ 첫 줄이', '  이어진다.', ' ㅇ 둘째', '   * 주석은', '   이어진다', '', '□ 다음'].join('\n'),
    );
    expect(release.body[0]).toMatchObject({
      text: '첫 줄이 이어진다.',
      children: [{ text: '둘째', notes: [{ marker: '*', text: '주석은 이어진다' }] }],
    });
    expect(release.body).toHaveLength(2);
  });

  it('recovers a 한글 table copied one cell per line, empty cells included', () => {
    const { release } = importText(['제목', '', '< 일정 >', '구분', '일정', '비고', '공고', '12. 4.', '', '접수', '12. 31.', '온라인'].join('\n'));
    expect(release.body).toEqual([
      { type: 'table', caption: '일정', rows: [['구분', '일정', '비고'], ['공고', '12. 4.', ''], ['접수', '12. 31.', '온라인']] },
    ]);
  });

  it('reads English contacts and a department line', () => {
    const { release } = importText(
      ['Title of a release', '', 'A paragraph.', '', 'Department  Multilateral Cooperation Division', 'Contact  Jane Kim, Deputy Director (+82-44-202-4321)'].join('\n'),
    );
    expect(release.language).toBe('en');
    expect(release.contacts).toEqual([
      { role: 'staff', department: 'Multilateral Cooperation Division', name: 'Jane Kim', rank: 'Deputy Director', phone: '+82-44-202-4321' },
    ]);
  });

  it('never drops a line it cannot classify', () => {
    const odd = ['제목', '', '①②③ 번호만', '⇒', '  ', '→ 화살표', '| 막대'].join('\n');
    const { release, report } = importText(odd);
    expect(release.body.map((block) => (block.type === 'paragraph' ? block.text : null))).toEqual(['①②③ 번호만', '⇒', '→ 화살표', '| 막대']);
    expect(report.plainLines).toBe(4);
  });
});

// ------------------------------------------------------------------------------------------
// Properties

const KO_WORDS = ['국민', '안전', '위원회', '지원', '사업', '설명회', '개최', '(지원 규모)', '20억원', 'AI', '반도체', '“함께”', '4.13.', 'NTIS*', '성과', '협력'];
const EN_WORDS = ['Korea', 'science', 'cooperation', 'forum', 'the', 'of', 'ICT', '(April 11)', '5G+', 'NTIS*', 'growth', 'research'];
const CAPITALS = ['Korea', 'Science', 'Joint', 'Forum', 'Center', 'Belarus'];
const MARKERS: Record<1 | 2 | 3 | 4, string[]> = { 1: ['□', '■'], 2: ['ㅇ', '○', '◦', '❍', 'o'], 3: ['-', '–'], 4: ['·', 'ㆍ', '▪'] };
const RANKS = ['과장', '사무관', '주무관', '서기관'];
const EMBARGOES = ['2026. 12. 3.(목) 12:00 이후(12. 4.(금) 조간)', '2026. 4. 13.(월) 조간', '배포 즉시 보도 가능', '2026. 6. 23.(화) 11:00'];

function releaseArbitrary(language: 'ko' | 'en'): fc.Arbitrary<Release> {
  const words = language === 'ko' ? KO_WORDS : EN_WORDS;
  const lead = language === 'ko' ? ['과기정통부', '국토교통부', '행정안전부'] : CAPITALS;
  const text = fc
    .tuple(fc.constantFrom(...lead), fc.array(fc.constantFrom(...words), { maxLength: 8 }))
    .map(([first, rest]) => [first, ...rest].join(' '));
  const sentence = text.map((t) => `${t}.`);
  const notes = fc.integer({ min: 0, max: 3 }).chain((count) =>
    fc.tuple(...Array.from({ length: count }, (_, index) => text.map((t) => ({ marker: '*'.repeat(index + 1), text: t })))),
  );
  const remark = text.map((t): Block => ({ type: 'remark', text: t }));
  const item = (level: 1 | 2 | 3 | 4): fc.Arbitrary<Block> =>
    fc
      .record({
        marker: fc.constantFrom(...MARKERS[level]),
        text,
        notes,
        children: fc.array(level < 4 ? fc.oneof({ weight: 3, arbitrary: item((level + 1) as 2 | 3 | 4) }, { weight: 1, arbitrary: remark }) : remark, {
          maxLength: level < 3 ? 2 : 1,
        }),
      })
      .map((parts): Block => ({ type: 'item', level, ...parts }));
  const paragraph = fc
    .record({ text: sentence, notes, children: fc.array(fc.oneof(item(2), remark), { maxLength: 2 }) })
    .map((parts): Block => ({ type: 'paragraph', ...parts }));
  const cell = fc.constantFrom(...words);
  const table = fc
    .record({
      caption: fc.option(text, { nil: undefined }),
      rows: fc.integer({ min: 2, max: 4 }).chain((columns) => fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 3 })),
    })
    .map(({ caption, rows }): Block => (caption === undefined ? { type: 'table', rows } : { type: 'table', caption, rows }));
  const heading = fc.array(fc.constantFrom(...CAPITALS), { minLength: 1, maxLength: 5 }).map((w): Block => ({ type: 'heading', text: w.join(' ') }));
  const blockKinds = [item(1), paragraph, remark, table, ...(language === 'en' ? [heading] : [])];
  const blocks = fc.array(fc.oneof(...blockKinds), { maxLength: 5 });
  const person = (role: Contact['role']) =>
    language === 'ko'
      ? fc.record({ role: fc.constant(role), rank: fc.constantFrom(...RANKS), name: fc.constantFrom('이영희', '박민수', '최지은'), phone: fc.constantFrom('044-202-6000', '02-2110-2428') })
      : fc.record({ role: fc.constant('staff' as const), rank: fc.constantFrom('Director', 'Deputy Director'), name: fc.constantFrom('Jane Kim', 'Minsu Park'), phone: fc.constantFrom('+82-44-202-6000') });
  const contacts = fc
    .array(
      fc.tuple(fc.constantFrom(...(language === 'ko' ? ['철도정책과', '철도국 철도정책과'] : ['ICT Policy Division'])), fc.array(fc.oneof(person('head'), person('staff')), { minLength: 1, maxLength: 3 })),
      { maxLength: 2 },
    )
    .map((groups) => groups.flatMap(([department, people]) => people.map((p): Contact => ({ ...p, department }))));
  const header = fc.record({
    agency: fc.option(fc.constantFrom(...lead), { nil: null }),
    embargo: fc.option(fc.constantFrom(...EMBARGOES), { nil: null }),
    distributed: fc.option(fc.constantFrom('2026. 12. 3.(목)', '2026. 4. 12.(일) 09:00'), { nil: null }),
    kind: fc.constantFrom(...(Object.keys(KIND_LABELS.ko) as Release['kind'][])),
  });
  return fc
    .record({
      header,
      title: fc.array(text, { minLength: 1, maxLength: 2 }).map((lines) => lines.join('\n')),
      subtitles: fc.array(text, { maxLength: 3 }),
      body: blocks,
      attachments: fc.array(fc.record({ title: text, body: blocks }), { maxLength: 2 }),
      contacts,
    })
    .map(({ header: h, title, subtitles, body, attachments, contacts: people }): Release => {
      const hasHeader = h.agency !== null || h.embargo !== null || h.distributed !== null;
      return {
        format: 'bodo.release',
        version: 1,
        language,
        // Without a header line there is nowhere to write the kind, so it reads back as the default.
        kind: hasHeader ? h.kind : 'press-release',
        agency: h.agency,
        embargo: h.embargo === null ? null : parseEmbargo(h.embargo),
        distributed: h.distributed,
        title,
        subtitles,
        body,
        attachments: attachments.map((a, index) => ({ label: `${index % 2 ? '붙임' : '참고'} ${index + 1}`, ...a })),
        contacts: people,
      };
    });
}

describe('importText: properties', () => {
  it('random releases survive text export → import unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(releaseArbitrary('ko'), releaseArbitrary('en')), (release) => {
        expect(importText(releaseToText(release)).release).toEqual(release);
      }),
      { numRuns: 300 },
    );
  });

  it('random text never throws and never loses a non-blank character sequence', () => {
    const glyphLine = fc
      .tuple(fc.constantFrom('', ' ', '   ', '\t'), fc.constantFrom('□ ', 'ㅇ ', '- ', '· ', '* ', '** ', '※ ', '< ', '| ', ''), fc.string({ unit: 'grapheme', maxLength: 20 }))
      .map((parts) => parts.join(''));
    const line = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), glyphLine, fc.constant(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), fc.constantFrom('\n', '\r\n'), (lines, newline) => {
        const { release, report } = importText(lines.join(newline));
        const exported = withoutWhitespace(releaseToText(release));
        const dropped = new Set(report.navigation.map(withoutWhitespace));
        for (const source of lines.flatMap((l) => l.split(/\r\n|\r|\n/))) {
          if (dropped.has(withoutWhitespace(source))) continue;
          for (const piece of survivingPieces(source)) expect(exported).toContain(piece);
        }
      }),
      { numRuns: 300 },
    );
  });
});
