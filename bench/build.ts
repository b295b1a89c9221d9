/**
 * Builds the bench pages with Vite (the renderer's own bundler and React plugin, so the Bodo
 * page bundles exactly as the app does) into a temporary folder. Production mode, minified:
 * the numbers describe what users run.
 */
import react from '@vitejs/plugin-react';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { BENCH_DIR } from './paths';

export type PageKind = 'prosemirror' | 'starterkit' | 'bodo';

export async function buildPages(kinds: readonly PageKind[], outDir: string): Promise<void> {
  const pagesDir = join(BENCH_DIR, 'pages');
  const input = Object.fromEntries(kinds.map((kind) => [kind, join(pagesDir, `${kind}.html`)]));
  for (const file of Object.values(input)) if (!existsSync(file)) throw new Error(`Missing bench page ${file}`);
  await build({
    configFile: false,
    root: pagesDir,
    base: './',
    logLevel: 'warn',
    mode: 'production',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome120',
      chunkSizeWarningLimit: 5000,
      reportCompressedSize: false,
      rollupOptions: {
        input,
        // zod's comments confuse Rollup's annotation parser; the warning is noise here.
        onwarn: (warning, warn) => void (warning.code === 'INVALID_ANNOTATION' || warn(warning)),
      },
    },
  });
}
