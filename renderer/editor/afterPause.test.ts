import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPause } from './afterPause';

describe('afterPause', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('runs once the touches stop for the whole delay, not once per touch', () => {
    const run = vi.fn();
    const paused = afterPause(100, run);
    for (let i = 0; i < 10; i++) {
      paused.touch();
      vi.advanceTimersByTime(60);
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('runs again after the next pause, and never once cancelled', () => {
    const run = vi.fn();
    const paused = afterPause(100, run);
    paused.touch();
    vi.advanceTimersByTime(100);
    paused.touch();
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(2);
    paused.touch();
    paused.cancel();
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
