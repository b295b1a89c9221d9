import { describe, expect, it } from 'vitest';
import { createCloseGuard, type UnsavedChoice } from './close-guard';

function guardAnswering(choice: UnsavedChoice) {
  const asked: string[] = [];
  let saveRequests = 0;
  const guard = createCloseGuard({
    ask: async (title) => {
      asked.push(title);
      return choice;
    },
    requestSave: () => saveRequests++,
  });
  return { guard, asked, saveRequests: () => saveRequests };
}

describe('close guard', () => {
  it('closes a saved document without asking', async () => {
    const { guard, asked } = guardAnswering('cancel');
    guard.setState({ title: '보도자료.bodo', dirty: false });
    expect(await guard.mayClose()).toBe(true);
    expect(asked).toEqual([]);
  });

  it.each([
    ['discard', true],
    ['cancel', false],
  ] as const)('with unsaved changes, %s answers %s without saving', async (choice, closes) => {
    const { guard, asked, saveRequests } = guardAnswering(choice);
    guard.setState({ title: '보도자료.bodo', dirty: true });
    expect(await guard.mayClose()).toBe(closes);
    expect(asked).toEqual(['보도자료.bodo']);
    expect(saveRequests()).toBe(0);
  });

  it('on Save, waits for the renderer to say the save succeeded', async () => {
    const { guard, saveRequests } = guardAnswering('save');
    guard.setState({ title: 'x', dirty: true });
    const closing = guard.mayClose();
    await Promise.resolve();
    await Promise.resolve();
    expect(saveRequests()).toBe(1);
    guard.closeReply(true);
    expect(await closing).toBe(true);
  });

  it('stays open when the save was canceled or failed', async () => {
    const { guard } = guardAnswering('save');
    guard.setState({ title: 'x', dirty: true });
    const closing = guard.mayClose();
    await Promise.resolve();
    await Promise.resolve();
    guard.closeReply(false);
    expect(await closing).toBe(false);
  });

  it('asks once when close and quit arrive together', async () => {
    const { guard, asked } = guardAnswering('discard');
    guard.setState({ title: 'x', dirty: true });
    expect(await Promise.all([guard.mayClose(), guard.mayClose()])).toEqual([true, true]);
    expect(asked).toHaveLength(1);
  });

  it('lets the window go when the renderer dies while saving', async () => {
    const { guard } = guardAnswering('save');
    guard.setState({ title: 'x', dirty: true });
    const closing = guard.mayClose();
    await Promise.resolve();
    await Promise.resolve();
    guard.rendererGone();
    expect(await closing).toBe(true);
    expect(guard.dirty).toBe(false);
  });
});
