import { describe, expect, it } from 'vitest';
import { checkRelease } from './engine';
import { silenceSchema } from './schema';
import { cleanRelease } from './test-support';

describe('silence schema', () => {
  it('accepts a silence made from a finding, and rejects one without a reason', () => {
    const [finding] = checkRelease(cleanRelease({ title: '과기정통부,  공모' }));
    const silence = { ruleId: finding!.ruleId, target: finding!.target, reason: '원문 그대로 인용', by: '박민수', at: '2026-12-01T10:00:00+09:00' };
    const stored = silenceSchema.parse(JSON.parse(JSON.stringify(silence)));
    expect(checkRelease(cleanRelease({ title: '과기정통부,  공모' }), { silenced: [stored] })).toEqual([]);
    expect(silenceSchema.safeParse({ ...silence, reason: '' }).success).toBe(false);
  });
});
