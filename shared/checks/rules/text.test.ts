import { describe, expect, it } from 'vitest';
import type { Release } from '../../release/model';
import { cleanRelease, findingsOf, fixRule, item, paragraph } from '../test-support';

/** A clean release whose only body block has `text`. */
const withText = (text: string, overrides: Partial<Release> = {}) => cleanRelease({ body: [item(1, text)], ...overrides });

/** Fixes one rule's findings and returns the block text and what the rule still reports. */
function fixed(release: Release, ruleId: string) {
  const after = fixRule(release, ruleId);
  return { text: (after.body[0] as { text: string }).text, left: findingsOf(after, ruleId) };
}

describe('text rules', () => {
  it('fixes double spaces, including a no-break space beside a space, in body, notes and title', () => {
    const release = withText('과기정통부는  공모를\u00a0 시작했다.', { title: '과기정통부,  AI 반도체 공모' });
    expect(findingsOf(release, 'text/double-space').map((f) => [f.blockLabel, f.range])).toEqual([
      ['title', [6, 8]],
      ['body 1', [6, 8]],
      ['body 1', [11, 13]],
    ]);
    expect(fixed(release, 'text/double-space')).toEqual({ text: '과기정통부는 공모를 시작했다.', left: [] });
    expect(fixRule(release, 'text/double-space').title).toBe('과기정통부, AI 반도체 공모');
  });

  it('keeps a two-syllable label spread out on purpose (일  시, 장  소)', () => {
    expect(findingsOf(withText('일  시 : 2026. 4. 14.(화) 14:00'), 'text/double-space')).toEqual([]);
    expect(findingsOf(withText('훈·포장  및 표창'), 'text/double-space')).toHaveLength(1);
  });

  it('fixes a space just inside parentheses', () => {
    const release = withText('과학기술정보통신부( 장관 홍길동 )는 밝혔다.');
    expect(findingsOf(release, 'text/space-inside-parentheses')).toHaveLength(2);
    expect(fixed(release, 'text/space-inside-parentheses')).toEqual({ text: '과학기술정보통신부(장관 홍길동)는 밝혔다.', left: [] });
    expect(findingsOf(withText('과학기술정보통신부(장관 홍길동)는 밝혔다.'), 'text/space-inside-parentheses')).toEqual([]);
  });

  it('fixes full-width punctuation mixed with half-width', () => {
    const release = withText('예산（30억원）을 지원한다, 그리고 확대한다.');
    expect(findingsOf(release, 'text/mixed-punctuation').map((f) => f.message.en)).toEqual([
      'Full-width “（” mixed with half-width punctuation.',
      'Full-width “）” mixed with half-width punctuation.',
    ]);
    expect(fixed(release, 'text/mixed-punctuation')).toEqual({ text: '예산(30억원)을 지원한다, 그리고 확대한다.', left: [] });
  });

  it('replaces a Latin o used as a level-2 marker with ㅇ', () => {
    const release = cleanRelease({ body: [item(1, '개요를 밝혔다.', [{ ...item(2, '근거이다.'), marker: 'o' }, item(2, '둘째 근거이다.')])] });
    expect(findingsOf(release, 'text/latin-o-marker')).toMatchObject([{ blockLabel: 'body 1.1', fix: { kind: 'setMarker', marker: 'ㅇ' } }]);
    const after = fixRule(release, 'text/latin-o-marker');
    expect(after.body[0]).toMatchObject({ children: [{ marker: 'ㅇ' }, { marker: 'ㅇ' }] });
    expect(findingsOf(after, 'text/latin-o-marker')).toEqual([]);
    expect(findingsOf(cleanRelease({ body: [paragraph('o 근거이다.')] }), 'text/latin-o-marker')).toHaveLength(1);
  });

  it('flags unbalanced brackets and quotation marks, but not apostrophes or list numbers', () => {
    expect(findingsOf(withText('장관은 “성과를 내겠다고 밝혔다.'), 'text/unbalanced')).toMatchObject([{ range: [4, 5] }]);
    expect(findingsOf(withText('사업(NPU 실증을 한다.'), 'text/unbalanced')).toMatchObject([{ message: { ko: '‘(’의 짝이 맞지 않습니다.' } }]);
    expect(findingsOf(withText('‘과기정통부’는 ’26년 사업을 한다.'), 'text/unbalanced')).toEqual([]);
    // Real files type the short year with ‘ and minutes as 3‘.
    expect(findingsOf(withText('공시를 제도화(‘28년부터 단계적 시행계획)'), 'text/unbalanced')).toEqual([]);
    expect(findingsOf(withText('14:00~14:03 3‘ 인사말씀'), 'text/unbalanced')).toEqual([]);
    expect(findingsOf(withText('1) 사업(NPU)을 한다.'), 'text/unbalanced')).toEqual([]);
    const english = withText('Korea’s “5G+ Strategy” and Belarus’ capabilities.', { language: 'en' });
    expect(findingsOf(english, 'text/unbalanced')).toEqual([]);
  });

  it('flags 보고서체 endings only in a 문단식 (기사체) Korean body', () => {
    const article = cleanRelease({ body: [paragraph('과기정통부는 공모를 추진함. 지원 규모는 20억원임'), paragraph('신청이 가능하다.')] });
    expect(findingsOf(article, 'text/report-ending').map((f) => [f.range, f.message.en])).toEqual([
      [[13, 14], 'Report-style ending “~함” in a paragraph-style (기사체) release; end sentences in ~다.'],
      [[27, 28], 'Report-style ending “~임” in a paragraph-style (기사체) release; end sentences in ~다.'],
    ]);
    expect(findingsOf(cleanRelease({ body: [item(1, '공모를 추진함')] }), 'text/report-ending')).toEqual([]);
  });

  it('flags a sentence over 150 characters, and splits sentences without breaking dates', () => {
    const long = `${'가'.repeat(151)}.`;
    expect(findingsOf(withText(`짧은 문장이다. ${long}`), 'text/sentence-length')).toMatchObject([
      { range: [9, 161], message: { ko: '문장이 152자입니다. 150자 이내로 나누세요.' } },
    ]);
    const dated = `2026. 12. 4.(금)부터 ${'가'.repeat(130)} 접수한다.`;
    expect(findingsOf(withText(dated), 'text/sentence-length')).toHaveLength(1);
    expect(findingsOf(withText(`${'가'.repeat(140)}.`), 'text/sentence-length')).toEqual([]);
  });

  it('flags body dates not in the house form and wrong weekdays, using the release year', () => {
    const release = withText('접수는 12.4.(금)부터 12. 31.(수)까지 받는다.');
    expect(findingsOf(release, 'text/date-format')).toMatchObject([{ fix: { text: '12. 4.(금)' } }]);
    expect(findingsOf(release, 'text/weekday-mismatch')).toMatchObject([
      { severity: 'error', message: { en: '2026. 12. 31. is a Thursday, not a Wednesday.' } },
    ]);
    let after = fixRule(release, 'text/date-format');
    after = fixRule(after, 'text/weekday-mismatch');
    expect((after.body[0] as { text: string }).text).toBe('접수는 12. 4.(금)부터 12. 31.(목)까지 받는다.');
    expect(findingsOf(after, 'text/weekday-mismatch')).toEqual([]);
  });
});
