import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDocumentFiles } from './documents';

const sample = fileURLToPath(new URL('./testdata/release.bodo', import.meta.url));
let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bodo-documents-'));
});

describe('document files', () => {
  const documents = createDocumentFiles();

  it('reads what it wrote', async () => {
    const original = await documents.read(sample);
    if (!original.ok) throw new Error(original.message);
    const path = join(folder, '보도자료.bodo');
    expect(await documents.write(path, original.document)).toEqual({ ok: true });
    expect(await documents.read(path)).toEqual(original);
  });

  it('names the file that is missing', async () => {
    const result = await documents.read(join(folder, 'gone.bodo'));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/“gone\.bodo”.*no longer exists/) });
  });

  it('names a corrupt file and says why', async () => {
    const path = join(folder, 'broken.bodo');
    await writeFile(path, '{"format":"bodo.document","version":1,"meta":');
    const result = await documents.read(path);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/“broken\.bodo”.*not JSON/) });
  });

  it('keeps the saved file when a later save fails', async () => {
    const original = await documents.read(sample);
    if (!original.ok) throw new Error(original.message);
    const path = join(folder, 'release.bodo');
    await documents.write(path, original.document);
    const before = await readFile(path, 'utf8');
    const failed = await documents.write(join(folder, 'missing-folder', 'release.bodo'), original.document);
    expect(failed.ok).toBe(false);
    expect(await readFile(path, 'utf8')).toBe(before);
  });
});
