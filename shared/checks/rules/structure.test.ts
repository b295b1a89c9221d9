import { describe, expect, it } from 'vitest';
import type { Block } from '../../release/model';
import { cleanRelease, findingsOf, fixRule, item, paragraph } from '../test-support';

describe('structure rules', () => {
  it('flags a skipped level, as imported models can hold one', () => {
    const skipped = cleanRelease({ body: [item(1, '개요를 밝혔다.', [item(3, '세부 내용이다.'), item(2, '근거이다.')])] });
    expect(findingsOf(skipped, 'structure/skipped-level')).toMatchObject([
      { blockLabel: 'body 1.1', message: { en: 'A level-3 block sits right under level 1; do not skip a level.' } },
    ]);
    // A plain paragraph counts as level 1, so ㅇ under it is fine.
    expect(findingsOf(cleanRelease({ body: [paragraph('개요를 밝혔다.', [item(2, '근거이다.')])] }), 'structure/skipped-level')).toEqual([]);
  });

  it('suggests folding a level-1 item with a single sub-item', () => {
    const single = cleanRelease({ body: [item(1, '개요를 밝혔다.', [item(2, '근거이다.')])] });
    expect(findingsOf(single, 'structure/single-child')).toMatchObject([{ severity: 'info', blockLabel: 'body 1' }]);
    expect(findingsOf(cleanRelease(), 'structure/single-child')).toEqual([]);
  });

  it('flags a note reference without note text', () => {
    const dangling = cleanRelease({ body: [item(1, '신경망처리장치(NPU*)와 기관**을 지원한다.', [], [{ marker: '*', text: 'Neural Processing Unit' }])] });
    expect(findingsOf(dangling, 'structure/note-without-text')).toMatchObject([
      { severity: 'warning', range: [17, 19], message: { ko: '주석 표시 ‘**’에 해당하는 주석이 없습니다.' } },
    ]);
    expect(findingsOf(dangling, 'structure/note-without-reference')).toEqual([]);
  });

  it('notes, as information, a note no text refers to (common in pasted text)', () => {
    const unreferenced = cleanRelease({ body: [item(1, '신경망처리장치(NPU)를 지원한다.', [], [{ marker: '*', text: 'Neural Processing Unit' }])] });
    expect(findingsOf(unreferenced, 'structure/note-without-reference')).toMatchObject([
      { severity: 'info', target: { part: 'body', path: [0], field: 'note', at: [0] } },
    ]);
  });

  it('flags □식 and 문단식 mixed in a Korean body, but not the attachment pointer or an English body', () => {
    const mixed = [item(1, '개요를 밝혔다.'), paragraph('장관은 말했다.')];
    expect(findingsOf(cleanRelease({ body: mixed }), 'structure/mixed-style')).toMatchObject([{ severity: 'warning', blockLabel: 'body' }]);
    expect(findingsOf(cleanRelease({ language: 'en', body: mixed }), 'structure/mixed-style')).toEqual([]);
    const pointer = [item(1, '개요를 밝혔다.'), paragraph('【붙임】 공고문 1부.')];
    expect(findingsOf(cleanRelease({ body: pointer }), 'structure/mixed-style')).toEqual([]);
  });

  it('flags an empty block and removes it when nothing hangs under it', () => {
    const body: Block[] = [item(1, '개요를 밝혔다.', [item(2, '  ')]), item(1, '', [item(2, '근거이다.')])];
    const empty = cleanRelease({ body });
    expect(findingsOf(empty, 'structure/empty-block').map((f) => [f.blockLabel, f.fix?.kind])).toEqual([
      ['body 1.1', 'remove'],
      ['body 2', undefined],
    ]);
    const fixed = fixRule(empty, 'structure/empty-block');
    expect(fixed.body[0]).toMatchObject({ children: [] });
    expect(findingsOf(fixed, 'structure/empty-block').map((f) => f.blockLabel)).toEqual(['body 2']);
  });
});
