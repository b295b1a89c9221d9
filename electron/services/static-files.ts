/**
 * Serving the built renderer (`dist/renderer`) by URL path: the app's custom protocol and the
 * end-to-end tests' static server both use this, so both refuse the same paths. The page
 * carries its own Content-Security-Policy (renderer/index.html).
 */
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, normalize, relative, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

/** The file under `root` that a URL path names, or null for anything outside it. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  // Backslashes separate folders on Windows; no asset of ours has one in its name.
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const wanted = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const path = join(root, normalize(wanted));
  const inside = relative(root, path);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  return path;
}

export type StaticResponse = { status: number; headers: Record<string, string>; body: Uint8Array | string };

export async function readStaticFile(root: string, urlPath: string): Promise<StaticResponse> {
  const path = resolveStaticPath(root, urlPath);
  if (path === null) return notFound();
  try {
    const body = await readFile(path);
    return {
      status: 200,
      headers: {
        'content-type': CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
        'x-content-type-options': 'nosniff',
      },
      body,
    };
  } catch {
    return notFound();
  }
}

const notFound = (): StaticResponse => ({ status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not found' });
