/** The recent files list (File ▸ Open Recent): newest first, one entry per file, capped. */
import { resolve } from 'node:path';
import { z } from 'zod';
import { recentFileSchema, type RecentFile } from '../../shared/bridge/contract';
import { readJsonFile, writeFileAtomic } from './files';

const recentListSchema = z.object({ version: z.literal(1), files: z.array(recentFileSchema) });

export type RecentFiles = {
  list(): Promise<RecentFile[]>;
  /** Record that `path` was opened or saved, with the title it has now. */
  add(entry: { path: string; title: string }): Promise<RecentFile[]>;
  remove(path: string): Promise<RecentFile[]>;
  clear(): Promise<void>;
};

export function createRecentFiles(options: { file: string; limit?: number; now?: () => Date }): RecentFiles {
  const limit = options.limit ?? 10;
  const now = options.now ?? (() => new Date());

  // A damaged list is not worth a warning: it is rebuilt as the user opens files.
  const read = async (): Promise<RecentFile[]> => {
    const stored = await readJsonFile(options.file, recentListSchema);
    return stored.state === 'ok' ? stored.value.files.slice(0, limit) : [];
  };
  const write = async (files: RecentFile[]): Promise<RecentFile[]> => {
    await writeFileAtomic(options.file, JSON.stringify({ version: 1, files }, null, 2));
    return files;
  };
  const without = (files: RecentFile[], path: string) => files.filter((file) => file.path !== path);

  return {
    list: read,
    async add({ path, title }) {
      const absolute = resolve(path);
      const entry = { path: absolute, title, openedAt: now().toISOString() };
      return write([entry, ...without(await read(), absolute)].slice(0, limit));
    },
    async remove(path) {
      return write(without(await read(), resolve(path)));
    },
    async clear() {
      await write([]);
    },
  };
}
