// `npm run bench`: runs the TypeScript bench (bench/main.ts) under tsx, passing the arguments
// through (--quick for short counts while developing) and its exit code back (non-zero when a
// budget is missed).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const result = spawnSync(process.execPath, ['--import', 'tsx', main, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
