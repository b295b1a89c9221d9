// Bundles the main process, the preload and the command line with esbuild. The preload runs
// sandboxed, where only a few built-in modules can be required, so it must be one file.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.js', format: 'cjs', external: ['electron'] }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.js', format: 'cjs', external: ['electron'] }),
  build({
    ...common,
    entryPoints: ['electron/cli/bodo.ts'],
    outfile: 'dist/cli/bodo.js',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
    // jsdom (the HTML and Word importers' DOM) asks require.resolve for a sync-XHR worker file
    // that bundling leaves behind; without require.resolve it skips that worker, which bodo never uses.
    define: { 'require.resolve': 'undefined' },
  }),
]);
