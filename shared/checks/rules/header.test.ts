import { describe, expect, it } from 'vitest';
import { parseEmbargo } from '../../release/embargo';
import { checkRelease } from '../engine';
import { cleanRelease, findingsOf, fixRule } from '../test-support';

const embargo = (text: string) => parseEmbargo(text, 2026);

describe('header rules', () => {
  it('reports a missing embargo and a missing distribution date, and accepts "release immediately"', () => {
    const bare = cleanRelease({ embargo: null, distributed: null });
    expect(findingsOf(bare, 'header/missing-embargo')).toMatchObject([{ severity: 'warning', blockLabel: 'header embargo' }]);
    expect(findingsOf(bare, 'header/missing-distribution')).toHaveLength(1);
    expect(findingsOf(cleanRelease({ embargo: embargo('배포 즉시 보도 가능') }), 'header/missing-embargo')).toEqual([]);
    expect(findingsOf(cleanRelease(), 'header/missing-distribution')).toEqual([]);
  });

  it('flags an embargo that lifts before the release is distributed', () => {
    const early = cleanRelease({ embargo: embargo('2026. 12. 2.(수) 조간'), distributed: '2026. 12. 3.(목)' });
    expect(findingsOf(early, 'header/embargo-before-distribution')).toMatchObject([
      { severity: 'error', range: [0, 15], message: { en: expect.stringContaining('2026. 12. 2.(수)') } },
    ]);
    // Same day is fine without times; with both times the hours decide.
    expect(findingsOf(cleanRelease({ embargo: embargo('2026. 12. 3.(목) 12:00') }), 'header/embargo-before-distribution')).toEqual([]);
    const timed = cleanRelease({ embargo: embargo('2026. 12. 3.(목) 09:00'), distributed: '2026. 12. 3.(목) 10:00' });
    expect(findingsOf(timed, 'header/embargo-before-distribution')).toHaveLength(1);
  });

  it('flags dates not in the house form, in the embargo and the distribution date, and fixes them', () => {
    const loose = cleanRelease({
      embargo: embargo('4.13.(월) 조간'),
      distributed: '’26.4.10일',
    });
    const found = findingsOf(loose, 'header/date-format');
    expect(found.map((f) => f.message.en)).toEqual([
      'Write the date “4.13.(월)” in the house form “4. 13.(월)”.',
      'Write the date “’26.4.10일” in the house form “2026. 4. 10.”.',
    ]);
    const fixed = fixRule(loose, 'header/date-format');
    expect(fixed.embargo).toMatchObject({ text: '4. 13.(월) 조간', print: '4. 13.(월) 조간' });
    expect(fixed.distributed).toBe('2026. 4. 10.');
    expect(findingsOf(fixed, 'header/date-format')).toEqual([]);
  });

  it('flags zero padding and a space before the weekday', () => {
    const padded = cleanRelease({ distributed: '2026. 04. 09. (목)' });
    expect(findingsOf(padded, 'header/date-format')).toMatchObject([{ fix: { kind: 'replaceText', text: '2026. 4. 9.(목)' } }]);
    expect(fixRule(padded, 'header/date-format').distributed).toBe('2026. 4. 9.(목)');
  });

  it('flags a weekday that does not match its date, and the fix writes the right one everywhere it is used', () => {
    const wrong = cleanRelease({ embargo: embargo('2026. 12. 3.(수) 12:00 이후(12. 4.(목) 조간)') });
    const found = findingsOf(wrong, 'header/weekday-mismatch');
    expect(found).toMatchObject([
      { severity: 'error', range: [13, 14], message: { ko: '2026. 12. 3.은(는) 목요일입니다(수요일로 적혀 있음).' } },
      { range: [32, 33], message: { en: '2026. 12. 4. is a Friday, not a Thursday.' } },
    ]);
    const fixed = fixRule(wrong, 'header/weekday-mismatch');
    expect(fixed.embargo).toEqual(embargo('2026. 12. 3.(목) 12:00 이후(12. 4.(금) 조간)'));
    expect(checkRelease(fixed)).toEqual([]);
  });

  it('flags an online lift time after the print edition', () => {
    const late = cleanRelease({ embargo: embargo('(온라인) 2026. 12. 4.(금) 12:00\n(지  면) 2026. 12. 4.(금) 조간') });
    expect(findingsOf(late, 'header/online-after-print')).toMatchObject([{ severity: 'error', message: { en: expect.stringContaining('2026. 12. 4.(금) 조간') } }]);
    const usual = cleanRelease({ embargo: embargo('(온라인) 2026. 12. 3.(목) 12:00\n(지  면) 2026. 12. 4.(금) 조간') });
    expect(findingsOf(usual, 'header/online-after-print')).toEqual([]);
  });

  it('reminds that the embargo has passed only when told what day it is', () => {
    expect(findingsOf(cleanRelease(), 'header/embargo-passed')).toEqual([]);
    expect(findingsOf(cleanRelease(), 'header/embargo-passed', { today: new Date('2026-12-03T02:00:00Z') })).toEqual([]);
    expect(findingsOf(cleanRelease(), 'header/embargo-passed', { today: new Date('2026-12-05T00:00:00Z') })).toMatchObject([{ severity: 'info' }]);
  });
});
