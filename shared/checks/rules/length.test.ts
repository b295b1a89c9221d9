import { describe, expect, it } from 'vitest';
import { cleanRelease, findingsOf, item } from '../test-support';

describe('length rule', () => {
  it('warns with an estimate when the release outgrows one A4 page', () => {
    // Each block: 90 Hangul at 15pt on 170mm is three lines.
    const block = item(1, `${'가'.repeat(89)}.`);
    const short = cleanRelease({ body: Array.from({ length: 4 }, () => block) });
    expect(findingsOf(short, 'length/pages')).toEqual([]);
    const long = cleanRelease({ body: Array.from({ length: 12 }, () => block) });
    const [finding] = findingsOf(long, 'length/pages');
    expect(finding).toMatchObject({ severity: 'warning', blockLabel: 'body' });
    const pages = Number(/about ([\d.]+) A4 pages/.exec(finding!.message.en)?.[1]);
    expect(pages).toBeGreaterThan(1.2);
    expect(pages).toBeLessThan(1.8);
  });

  it('does not count the 참고 pages', () => {
    const block = item(1, `${'가'.repeat(89)}.`);
    const withAppendix = cleanRelease({ attachments: [{ label: '참고 1', title: '개요', body: Array.from({ length: 30 }, () => block) }] });
    expect(findingsOf(withAppendix, 'length/pages')).toEqual([]);
  });
});
