import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readStaticFile, resolveStaticPath } from './static-files';

let root: string;
beforeAll(async () => {
  const parent = await mkdtemp(join(tmpdir(), 'bodo-static-'));
  root = join(parent, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>보도</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'export {}');
  await writeFile(join(parent, 'secret.txt'), 'private');
});

describe('static files', () => {
  it('serves the app page at the root and assets with their types', async () => {
    const page = await readStaticFile(root, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect((await readStaticFile(root, '/assets/app.js')).headers['content-type']).toMatch(/javascript/);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..\\secret.txt', '/%E0%A4%A'])(
    'refuses %s, which leads outside the app folder or is not a path',
    async (urlPath) => {
      expect(resolveStaticPath(root, urlPath)).toBeNull();
      expect((await readStaticFile(root, urlPath)).status).toBe(404);
    },
  );

  it('answers 404 for a missing file', async () => {
    expect((await readStaticFile(root, '/nope.js')).status).toBe(404);
  });
});
