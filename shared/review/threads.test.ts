import { describe, expect, it } from 'vitest';
import { addThread, deleteEntry, editEntry, matchesFilter, reopen, reply, resolve, threadsFrom, type Thread } from './threads';
import { changeStatus, currentStatus, isLocked, statusHistoryFrom } from './status';

const at = (author: string, minute = 0) => ({ author, time: `2026-04-13T09:0${minute}:00.000Z` });
const opened = (): Thread[] =>
  addThread([], { id: 't1', entryId: 'e1', quote: '예산을 확정했다', text: '근거 자료를 붙여 주세요', ...at('김과장') });

describe('comment threads', () => {
  it('a thread collects replies, each signed', () => {
    const threads = reply(opened(), 't1', { id: 'e2', text: '붙임 2로 넣었습니다', ...at('이주무관', 1) });
    expect(threads[0]!.entries.map((e) => `${e.author}: ${e.text}`)).toEqual(['김과장: 근거 자료를 붙여 주세요', '이주무관: 붙임 2로 넣었습니다']);
  });

  it('only the author may edit or delete an entry', () => {
    const threads = opened();
    expect(editEntry(threads, 't1', 'e1', '바꿈', at('이주무관', 2))).toBe(threads);
    expect(deleteEntry(threads, 't1', 'e1', '이주무관')).toBe(threads);
    const edited = editEntry(threads, 't1', 'e1', '근거 자료를 붙임으로', at('김과장', 2));
    expect(edited[0]!.entries[0]).toMatchObject({ text: '근거 자료를 붙임으로', edited: at('김과장', 2).time });
  });

  it('deleting the last entry removes the thread; other replies keep it', () => {
    const threads = reply(opened(), 't1', { id: 'e2', text: '네', ...at('이주무관', 1) });
    expect(deleteEntry(threads, 't1', 'e1', '김과장')[0]!.entries.map((e) => e.id)).toEqual(['e2']);
    expect(deleteEntry(opened(), 't1', 'e1', '김과장')).toEqual([]);
  });

  it('resolve and reopen move a thread between the open and resolved filters', () => {
    const resolved = resolve(opened(), 't1', at('이주무관', 3));
    expect(resolved[0]!.resolved).toEqual({ by: '이주무관', time: at('', 3).time });
    expect([matchesFilter(resolved[0]!, 'open'), matchesFilter(resolved[0]!, 'resolved'), matchesFilter(resolved[0]!, 'all')]).toEqual([false, true, true]);
    const again = reopen(resolved, 't1');
    expect(matchesFilter(again[0]!, 'open')).toBe(true);
  });

  it('reads threads back from the envelope, skipping entries it cannot read', () => {
    const stored = JSON.parse(JSON.stringify([...opened(), { id: 'broken' }, 'text']));
    expect(threadsFrom(stored)).toEqual(opened());
  });
});

describe('approval status', () => {
  it('starts as a draft and moves one step at a time, each change signed', () => {
    let history = statusHistoryFrom(undefined);
    expect(currentStatus(history)).toBe('draft');
    expect(changeStatus(history, 'approved', at('국장'))).toBe(history);
    history = changeStatus(history, 'inReview', at('이주무관'));
    history = changeStatus(history, 'approved', at('김과장', 1));
    history = changeStatus(history, 'final', at('김과장', 2));
    expect(history.map((h) => `${h.status} ${h.by}`)).toEqual(['inReview 이주무관', 'approved 김과장', 'final 김과장']);
    expect(isLocked(history)).toBe(true);
  });

  it('a final document is reopened only back into review, and that is recorded', () => {
    let history = ['inReview', 'approved', 'final'].reduce((h, s) => changeStatus(h, s as 'final', at('김과장')), statusHistoryFrom([]));
    history = changeStatus(history, 'inReview', at('이주무관', 5));
    expect(history.at(-1)).toEqual({ status: 'inReview', by: '이주무관', time: at('', 5).time, reopened: true });
    expect(isLocked(history)).toBe(false);
  });
});
