/** Where the bench lives and writes: the repository root, the bench folder and a scratch folder. */
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_DIR = dirname(BENCH_DIR);
export const SCRATCH_DIR = join(tmpdir(), `bodo-bench-${process.pid}`);
export const RESULTS_FILE = join(BENCH_DIR, 'results.json');
export const PANDOC = '/usr/bin/pandoc';
