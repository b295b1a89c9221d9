import { describe, expect, it } from 'vitest';
import { msitProfile, withTitleLimits } from '../profiles';
import { cleanRelease, findingsOf, fixRule } from '../test-support';

describe('title and subtitle rules', () => {
  it('reports an empty title as an error', () => {
    expect(findingsOf(cleanRelease({ title: ' ' }), 'title/empty')).toMatchObject([{ severity: 'error', blockLabel: 'title' }]);
    expect(findingsOf(cleanRelease(), 'title/empty')).toEqual([]);
  });

  it('warns about a title over 40 characters, counting what a reader sees', () => {
    const long = cleanRelease({ title: '과기정통부, 국산 AI 반도체 실증 지원 사업 참여기관 공모 및 설명회 개최 안내' });
    expect(findingsOf(long, 'title/too-long')).toMatchObject([
      { severity: 'warning', message: { ko: '제목이 45자입니다. 40자 이내로 줄이세요.' } },
    ]);
    // A two-line title's line break is not a character.
    expect(findingsOf(cleanRelease({ title: '과기정통부, 국산 AI 반도체\n실증 지원 사업 공모' }), 'title/too-long')).toEqual([]);
  });

  it("follows the agency's own title limits from the settings", () => {
    const long = cleanRelease({ title: '과기정통부, 국산 AI 반도체 실증 지원 사업 참여기관 공모 및 설명회 개최 안내' });
    expect(findingsOf(long, 'title/too-long', { profile: withTitleLimits(msitProfile, 50, 2) })).toEqual([]);
    expect(findingsOf(long, 'title/too-long', { profile: withTitleLimits(msitProfile, 30, 2) })).toMatchObject([{ message: { en: 'The title has 45 characters; keep it within 30.' } }]);
    const three = cleanRelease({ title: '첫째 줄\n둘째 줄\n셋째 줄' });
    expect(findingsOf(three, 'title/too-many-lines', { profile: withTitleLimits(msitProfile, 40, 3) })).toEqual([]);
    expect(withTitleLimits(msitProfile, 40, 2), 'unchanged limits keep the profile').toBe(msitProfile);
  });

  it('warns about a title that wraps past two lines at the title size', () => {
    const three = cleanRelease({ title: '첫째 줄\n둘째 줄\n셋째 줄' });
    expect(findingsOf(three, 'title/too-many-lines')).toMatchObject([{ message: { en: 'The title runs to 3 lines (at most 2).' } }]);
    const wrapping = cleanRelease({ title: '가'.repeat(40) });
    // 40 Hangul at 26pt need three lines of 170mm; at MSIT's 22pt they fit on two.
    expect(findingsOf(wrapping, 'title/too-many-lines')).toHaveLength(1);
    expect(findingsOf(wrapping, 'title/too-many-lines', { profile: msitProfile })).toEqual([]);
  });

  it('allows two subtitles in Korean and, in the MSIT profile, three in English', () => {
    const three = ['하나', '둘', '셋'];
    expect(findingsOf(cleanRelease({ subtitles: three }), 'subtitle/too-many')).toMatchObject([
      { blockLabel: 'subtitle 3', message: { en: 'There are 3 subtitles; keep to 2.' } },
    ]);
    expect(findingsOf(cleanRelease({ subtitles: three.slice(0, 2) }), 'subtitle/too-many')).toEqual([]);
    const english = cleanRelease({ language: 'en', subtitles: three });
    expect(findingsOf(english, 'subtitle/too-many', { profile: msitProfile })).toEqual([]);
    expect(findingsOf({ ...english, subtitles: [...three, 'four'] }, 'subtitle/too-many', { profile: msitProfile })).toHaveLength(1);
  });

  it('flags an empty subtitle and removes it', () => {
    const empty = cleanRelease({ subtitles: ['실증 환경 구축', '', '접수'] });
    expect(findingsOf(empty, 'subtitle/empty')).toMatchObject([{ blockLabel: 'subtitle 2', fix: { kind: 'remove' } }]);
    const fixed = fixRule(empty, 'subtitle/empty');
    expect(fixed.subtitles).toEqual(['실증 환경 구축', '접수']);
    expect(findingsOf(fixed, 'subtitle/empty')).toEqual([]);
  });
});
