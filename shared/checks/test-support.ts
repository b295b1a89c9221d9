/** Builders for check tests: a clean release to break one thing at a time. Test-only. */
import { parseEmbargo } from '../release/embargo';
import { emptyRelease, type Block, type ItemBlock, type Release } from '../release/model';
import { checkRelease, type CheckOptions } from './engine';
import { applySafeFixes } from './fix';
import type { Finding } from './types';

const GLYPHS = ['□', 'ㅇ', '-', '·'] as const;

export function item(level: ItemBlock['level'], text: string, children: Block[] = [], notes: ItemBlock['notes'] = []): ItemBlock {
  return { type: 'item', level, marker: GLYPHS[level - 1] as string, text, notes, children };
}

export function paragraph(text: string, children: Block[] = []): Block {
  return { type: 'paragraph', text, notes: [], children };
}

/** A short Korean release that passes every check. */
export function cleanRelease(overrides: Partial<Release> = {}): Release {
  return {
    ...emptyRelease('ko'),
    agency: '과학기술정보통신부',
    embargo: parseEmbargo('2026. 12. 3.(목) 12:00 이후(12. 4.(금) 조간)'),
    distributed: '2026. 12. 3.(목)',
    title: '과기정통부, AI 반도체 실증 참여기관 공모',
    subtitles: ['데이터센터 10곳에 실증 환경 구축'],
    body: [item(1, '과기정통부는 AI 반도체 실증 지원 사업 참여기관을 공모한다고 밝혔다.', [item(2, '선정된 기관은 최대 20억원을 지원받는다.'), item(2, '신청은 12. 31.(목)까지 받는다.')])],
    contacts: [
      { role: 'head', department: '인공지능기반정책과', rank: '과장', name: '이영희', phone: '044-202-6000' },
      { role: 'staff', department: '인공지능기반정책과', rank: '사무관', name: '박민수', phone: '044-202-6001' },
    ],
    ...overrides,
  };
}

export function findingsOf(release: Release, ruleId: string, options: CheckOptions = {}): Finding[] {
  return checkRelease(release, options).filter((finding) => finding.ruleId === ruleId);
}

/** Applies the safe fixes one rule offers and returns the fixed release. */
export function fixRule(release: Release, ruleId: string, options: CheckOptions = {}): Release {
  return applySafeFixes(release, findingsOf(release, ruleId, options));
}
