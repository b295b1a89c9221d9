// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cursorAt, destroyEditors, documentWith, editorWith, item } from '../schema/testing';
import { commentAnchors } from './anchors';
import { reviewReportHtml, reviewReportText } from './report';
import { addThread, reply, resolve } from './threads';

afterEach(destroyEditors);

function reviewed() {
  const editor = editorWith(documentWith([item(1, '정부는 내년 예산을 확정했다'), item(1, '<b>둘째</b> 항목')]));
  cursorAt(editor, '예산을', 0);
  const from = editor.state.selection.from;
  editor.commands.setTextSelection({ from, to: from + 3 });
  editor.commands.addComment('t1');
  cursorAt(editor, '항목');
  editor.commands.addComment('t2');
  let threads = addThread([], { id: 't1', entryId: 'a', quote: '예산을', text: '금액을 밝혀 주세요', author: '김과장', time: '2026-04-13T09:05:00.000Z' });
  threads = reply(threads, 't1', { id: 'b', text: '12조 원입니다', author: '이주무관', time: '2026-04-13T10:00:00.000Z' });
  threads = addThread(threads, { id: 't2', entryId: 'c', quote: '<b>둘째</b> 항목', text: '태그 <script>', author: '국장', time: '2026-04-13T11:00:00.000Z' });
  threads = addThread(threads, { id: 'gone', entryId: 'd', quote: '지운 문장', text: '이 문장은?', author: '김과장', time: '2026-04-13T09:00:00.000Z' });
  threads = resolve(threads, 't2', { author: '이주무관', time: '2026-04-13T12:00:00.000Z' });
  return { threads, anchors: commentAnchors(editor.state.doc) };
}

describe('review report', () => {
  it('lists every thread in document order with its place, quote and replies as text', () => {
    const { threads, anchors } = reviewed();
    expect(reviewReportText({ title: '예산 확정', threads, anchors, language: 'ko' })).toBe(
      [
        '검토 의견: 예산 확정',
        '',
        '1. [본문 1번째 블록] 미해결',
        '   “예산을”',
        '   - 김과장 (2026-04-13 09:05): 금액을 밝혀 주세요',
        '   - 이주무관 (2026-04-13 10:00): 12조 원입니다',
        '',
        '2. [본문 2번째 블록] 해결됨 (이주무관, 2026-04-13 12:00)',
        '   “<b>둘째</b> 항목”',
        '   - 국장 (2026-04-13 11:00): 태그 <script>',
        '',
        '3. [본문에서 삭제된 부분] 미해결',
        '   “지운 문장”',
        '   - 김과장 (2026-04-13 09:00): 이 문장은?',
        '',
      ].join('\n'),
    );
  });

  it('writes a standalone HTML page with everything escaped', () => {
    const { threads, anchors } = reviewed();
    const html = reviewReportHtml({ title: 'Budget', threads, anchors, language: 'en' });
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<strong>Body, block 1</strong> — Open');
    expect(html).toContain('<blockquote>&lt;b&gt;둘째&lt;/b&gt; 항목</blockquote>');
    expect(html).toContain('Text removed from the document');
    expect(html).not.toContain('<script>');
  });
});
