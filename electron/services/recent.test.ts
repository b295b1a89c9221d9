import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRecentFiles } from './recent';

let folder: string;
let clock: number;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bodo-recent-'));
  clock = Date.parse('2026-04-13T00:00:00Z');
});
const recentIn = (limit?: number) =>
  createRecentFiles({ file: join(folder, 'recent.json'), limit, now: () => new Date((clock += 60_000)) });

describe('recent files', () => {
  it('lists files newest first with their titles, once each', async () => {
    const recent = recentIn();
    await recent.add({ path: join(folder, 'a.bodo'), title: '가' });
    await recent.add({ path: join(folder, 'b.bodo'), title: '나' });
    await recent.add({ path: join(folder, 'a.bodo'), title: '가 (고침)' });
    const files = await recentIn().list();
    expect(files.map((file) => [file.path, file.title])).toEqual([
      [join(folder, 'a.bodo'), '가 (고침)'],
      [join(folder, 'b.bodo'), '나'],
    ]);
    expect(files[0]?.openedAt).toBe('2026-04-13T00:03:00.000Z');
  });

  it('keeps only the newest entries', async () => {
    const recent = recentIn(3);
    for (const name of ['1', '2', '3', '4', '5']) await recent.add({ path: join(folder, `${name}.bodo`), title: name });
    expect((await recent.list()).map((file) => file.title)).toEqual(['5', '4', '3']);
  });

  it('starts empty from a damaged list and can remove and clear', async () => {
    await writeFile(join(folder, 'recent.json'), '[not json');
    const recent = recentIn();
    expect(await recent.list()).toEqual([]);
    await recent.add({ path: join(folder, 'a.bodo'), title: 'A' });
    await recent.add({ path: join(folder, 'b.bodo'), title: 'B' });
    expect((await recent.remove(join(folder, 'a.bodo'))).map((file) => file.title)).toEqual(['B']);
    await recent.clear();
    expect(await recent.list()).toEqual([]);
  });
});
