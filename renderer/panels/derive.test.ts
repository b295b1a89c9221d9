import { describe, expect, it } from 'vitest';
import type { Node as PMNode } from '@tiptap/pm/model';
import { editorSchema } from '../../shared/schema';
import { countDocument, outlineOf } from './derive';

const s = editorSchema();
const text = (value: string) => (value ? [s.text(value)] : []);
const line = (value: string) => s.node('line', null, text(value));
const item = (level: number, value: string, children: PMNode[] = []) => s.node('item', { level }, [line(value), ...children]);

function release(body: PMNode[], attachments: PMNode[] = []): PMNode {
  return s.node('doc', null, [
    s.node('header', null, [s.node('agency'), s.node('embargo'), s.node('distribution')]),
    s.node('title', null, text('AI 반도체 실증 공모')),
    s.node('body', null, body),
    ...attachments,
    s.node('contacts'),
  ]);
}

describe('outline', () => {
  it('lists the title, headings and level-1 blocks (not deeper or empty ones), then attachment pages', () => {
    const doc = release(
      [
        item(1, '신청 자격은 국내 기관이다', [item(2, '컨소시엄도 가능하다')]),
        s.node('heading', null, text('추진 일정')),
        s.node('paragraph', null, [line('공고 후 4주간 접수한다')]),
        item(1, ''),
      ],
      [s.node('attachment', { kind: 'reference' }, [s.node('attachmentTitle', null, text('사업 개요')), item(1, '지원 규모')])],
    );
    expect(outlineOf(doc).map(({ kind, text: t }) => `${kind}:${t}`)).toEqual([
      'title:AI 반도체 실증 공모',
      'block:신청 자격은 국내 기관이다',
      'heading:추진 일정',
      'block:공고 후 4주간 접수한다',
      'attachment:참고 1 사업 개요',
      'block:지원 규모',
    ]);
  });

  it('gives each entry a position where its node starts', () => {
    const doc = release([item(1, '첫째'), s.node('heading', null, text('둘째'))]);
    for (const entry of outlineOf(doc)) {
      expect(doc.nodeAt(entry.pos)?.textContent).toContain(entry.text);
    }
  });
});

describe('counts', () => {
  it('counts characters and words of every field, and at least one page', () => {
    const counts = countDocument(release([item(1, '국산 AI 반도체', [item(2, '실증')])]));
    expect(counts).toEqual({ characters: 'AI 반도체 실증 공모'.length + '국산 AI 반도체'.length + 2, words: 4 + 3 + 1, pages: 1 });
  });

  it('counts a character outside the BMP once, and words between any kind of space', () => {
    const plain = countDocument(release([item(1, '실증')]));
    const counts = countDocument(release([item(1, '실증 👍 2026.\u00a0R&D\u3000예산')]));
    expect(counts.characters - plain.characters).toBe(['👍', ' ', ' ', '2', '0', '2', '6', '.', '\u00a0', 'R', '&', 'D', '\u3000', '예', '산'].length);
    expect(counts.words - plain.words).toBe(4);
  });

  it('estimates more A4 pages for a long release', () => {
    const sentence = '과학기술정보통신부는 국산 인공지능 반도체의 공공 실증을 확대하기 위해 사업 참여기관을 공모한다고 밝혔다.';
    const long = release(Array.from({ length: 120 }, () => item(1, sentence)));
    expect(countDocument(long).pages).toBeGreaterThanOrEqual(6);
  });
});
