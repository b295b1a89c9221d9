import { describe, expect, it } from 'vitest';
import { parseEmbargo } from './embargo';
import { findDates, formatKoreanDate, weekdayOf } from './dates';

describe('parseEmbargo', () => {
  it('reads the online time and the print edition of the usual form', () => {
    expect(parseEmbargo('2026. 12. 3.(목) 12:00 이후(12. 4.(금) 조간)')).toEqual({
      text: '2026. 12. 3.(목) 12:00 이후(12. 4.(금) 조간)',
      online: '2026-12-03T12:00:00+09:00',
      print: '12. 4.(금) 조간',
      immediate: false,
    });
  });

  it('reads an edition alone', () => {
    expect(parseEmbargo('2026. 4. 13.(월) 석간')).toMatchObject({ online: null, print: '2026. 4. 13.(월) 석간' });
  });

  it('reads the two-line online / print form', () => {
    const e = parseEmbargo('(온라인) 2026. 4. 12.(일) 12:00\n(지  면) 2026. 4. 13.(월) 조간');
    expect(e).toMatchObject({ online: '2026-04-12T12:00:00+09:00', print: '2026. 4. 13.(월) 조간' });
  });

  it('reads the older sentence form, taking the year from the first date', () => {
    const e = parseEmbargo('2018. 9. 4.(화) 조간(온라인 9. 3. 12:00)부터 보도해 주시기 바랍니다.');
    expect(e).toMatchObject({ online: '2018-09-03T12:00:00+09:00', print: '2018. 9. 4.(화) 조간' });
  });

  it('knows release-immediately and empty', () => {
    expect(parseEmbargo('배포 즉시 보도 가능')).toEqual({ text: '배포 즉시 보도 가능', online: null, print: null, immediate: true });
    expect(parseEmbargo('  ')).toBeNull();
  });
});

describe('dates', () => {
  it('finds house-form and deviant dates, saying which is which', () => {
    const found = findDates('2026. 10. 7.(수) 14:00, 4.13.(월), ’26.4.10일');
    expect(found.map((d) => [d.year, d.month, d.day, d.weekday, d.canonical])).toEqual([
      [2026, 10, 7, '수', true],
      [null, 4, 13, '월', false],
      [2026, 4, 10, null, false],
    ]);
    expect(found[0]).toMatchObject({ hour: 14, minute: 0 });
  });

  it('reads a day written without its dot when the weekday follows', () => {
    expect(findDates('2026. 4. 13(월) 12:00')[0]).toMatchObject({ year: 2026, month: 4, day: 13, hour: 12, canonical: false });
    expect(findDates('version 4. 13 of the plan')).toEqual([]);
  });

  it('knows weekdays', () => {
    expect(weekdayOf(2026, 12, 3)).toBe('목');
    expect(formatKoreanDate(2026, 10, 7)).toBe('2026. 10. 7.(수)');
  });
});
