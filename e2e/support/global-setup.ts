/** Once per run: check the app is built, bundle the test bridge, and say if Electron is skipped. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { BRIDGE_BUNDLE, electronExecutable, ELECTRON_MISSING, RENDERER_DIR, ROOT } from './paths';

export default async function globalSetup(): Promise<void> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`No built renderer in ${RENDERER_DIR}: run \`npm run build\` first (\`npm test\` does).`);
  }
  await build({
    entryPoints: [join(ROOT, 'e2e', 'support', 'browser-bridge.ts')],
    outfile: BRIDGE_BUNDLE,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'warning',
  });
  if (!electronExecutable()) console.log(ELECTRON_MISSING);
}
