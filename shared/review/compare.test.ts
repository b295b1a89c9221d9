import { describe, expect, it } from 'vitest';
import { documentWith, item, paragraph } from '../schema/testing';
import { compareDocuments, diffWords } from './compare';

const summary = (changes: ReturnType<typeof compareDocuments>) =>
  changes
    .filter((c) => c.status !== 'same')
    .map((c) =>
      c.status === 'changed'
        ? `changed ${c.previousLevel}→${c.block.level} ${c.parts.map((p) => (p.op === 'same' ? p.text : p.op === 'inserted' ? `[+${p.text}]` : `[-${p.text}]`)).join('')}`
        : `${c.status} ${c.block.text}`,
    );

describe('compare', () => {
  it('diffs a changed block word by word', () => {
    expect(diffWords('정부는 내년 예산을 확정했다', '정부는 2027년 예산을 최종 확정했다')).toEqual([
      { op: 'same', text: '정부는 ' },
      { op: 'deleted', text: '내년 ' },
      { op: 'inserted', text: '2027년 ' },
      { op: 'same', text: '예산을 ' },
      { op: 'inserted', text: '최종 ' },
      { op: 'same', text: '확정했다' },
    ]);
  });

  it('shows inserted, deleted, edited and re-levelled blocks in document order', () => {
    const before = documentWith([item(1, '첫째 항목', item(2, '세부 내용')), item(1, '지울 항목'), paragraph('정부는 내년 예산을 확정했다')]);
    const after = documentWith([item(1, '첫째 항목'), item(1, '세부 내용'), paragraph('정부는 내년 예산을 최종 확정했다'), paragraph('새 문단')]);
    expect(summary(compareDocuments(before, after))).toEqual([
      'changed 2→1 세부 내용',
      'deleted 지울 항목',
      'changed 0→0 정부는 내년 예산을 [+최종 ]확정했다',
      'inserted 새 문단',
    ]);
  });

  it('an unchanged document has no changes', () => {
    const doc = documentWith([item(1, '첫째 항목')]);
    expect(summary(compareDocuments(doc, doc))).toEqual([]);
  });

  it('a title edit is reported as an edit of the title', () => {
    const before = documentWith([item(1, '본문')]);
    const after = { ...before, content: before.content!.map((part) => (part.type === 'title' ? { type: 'title', content: [{ type: 'text', text: '새 제목' }] } : part)) };
    expect(summary(compareDocuments(before, after))).toEqual(['changed 0→0 [+새 ]제목']);
  });
});
