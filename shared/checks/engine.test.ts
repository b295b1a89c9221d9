import { describe, expect, it } from 'vitest';
import { blocksWithContext, checkBlock, checkRelease } from './engine';
import { CATALOGUES } from '../i18n';
import { applyFix, applySafeFixes } from './fix';
import { hasRuleMessage } from './messages';
import { defaultProfile, type Profile } from './profiles';
import { RULES } from './rules';
import { cleanRelease, findingsOf, item } from './test-support';
import type { Silence } from './types';

const messy = () =>
  cleanRelease({
    subtitles: ['', '실증 환경  구축', ''],
    body: [item(1, '과기정통부는  공모를（ 시작 ）한다, 그리고  확대한다.'), item(1, ''), item(1, '둘째  문단이다.')],
  });

describe('check engine', () => {
  it('gives every rule a unique id, a message in both catalogues, and a known scope', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+\/[a-z-]+$/);
      expect(hasRuleMessage(rule.id), rule.id).toBe(true);
    }
    const messageKeys = Object.keys(CATALOGUES.en.rules).filter((key) => key.includes('/'));
    expect(messageKeys.sort(), 'no message without a rule').toEqual([...ids].sort());
  });

  it('lists findings in reading order with a block label', () => {
    const labels = checkRelease(messy()).map((f) => f.blockLabel);
    expect(labels).toEqual([...labels].sort((a, b) => order(a) - order(b)));
    expect(labels).toContain('subtitle 2');
    expect(labels).toContain('body 3');
    function order(label: string) {
      return ['header', 'title', 'subtitle', 'body', 'attachment', 'contacts'].findIndex((part) => label.startsWith(part));
    }
  });

  it('lets a profile switch a rule off or change its severity', () => {
    const quiet: Profile = { ...defaultProfile, id: 'quiet', rules: { 'text/double-space': 'off', 'subtitle/empty': 'error' } };
    expect(findingsOf(messy(), 'text/double-space', { profile: quiet })).toEqual([]);
    expect(findingsOf(messy(), 'subtitle/empty', { profile: quiet }).map((f) => f.severity)).toEqual(['error', 'error']);
  });

  it('keeps a finding silenced with a reason out, and only that one', () => {
    const release = messy();
    const [first, second] = findingsOf(release, 'subtitle/empty');
    const silence: Silence = { ruleId: first!.ruleId, target: first!.target, reason: '편집 중', by: '박민수', at: '2026-12-01T10:00:00+09:00' };
    expect(findingsOf(release, 'subtitle/empty', { silenced: [silence] })).toEqual([second]);
  });

  it('re-checks one block with its context to the same findings as the whole release', () => {
    const release = messy();
    const all = checkRelease(release);
    for (const { block, context } of blocksWithContext(release)) {
      const own = all.filter((f) => f.target.part === context.target.part && f.target.path.join() === context.target.path.join() && RULES.find((r) => r.id === f.ruleId)?.scope === 'block');
      expect(checkBlock(block, context)).toEqual(expect.arrayContaining(own));
    }
  });

  it('applies one fix to a copy, leaving the release handed in unchanged', () => {
    const release = messy();
    const before = structuredClone(release);
    const [finding] = findingsOf(release, 'text/double-space');
    const fixed = applyFix(release, finding!);
    expect(release).toEqual(before);
    expect(fixed.subtitles[1]).toBe('실증 환경 구축');
  });

  it('applies all safe fixes at once and the result checks clean of them', () => {
    let release = messy();
    // Overlapping fixes in one text wait for the next round, as the editor's "fix all" would.
    for (let round = 0; round < 3; round++) release = applySafeFixes(release, checkRelease(release));
    expect(release.subtitles).toEqual(['실증 환경 구축']);
    expect(release.body.map((b) => (b as { text: string }).text)).toEqual(['과기정통부는 공모를(시작)한다, 그리고 확대한다.', '둘째 문단이다.']);
    expect(checkRelease(release).filter((f) => f.fix)).toEqual([]);
  });
});
