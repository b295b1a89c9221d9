import { mkdtemp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { describeFileError, writeFileAtomic } from './files';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bodo-files-'));
});

const errno = (code: string) => Object.assign(new Error(code), { code });

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const target = join(folder, 'release.bodo');
    await writeFile(target, 'old');
    expect(await writeFileAtomic(target, '새 내용')).toEqual({ ok: true });
    expect(await readFile(target, 'utf8')).toBe('새 내용');
    expect(await readdir(folder)).toEqual(['release.bodo']);
  });

  it('writes bytes as they are', async () => {
    const target = join(folder, 'release.docx');
    expect((await writeFileAtomic(target, new Uint8Array([0x50, 0x4b, 3, 4]))).ok).toBe(true);
    expect([...(await readFile(target))]).toEqual([0x50, 0x4b, 3, 4]);
  });

  it('says the folder is gone when the drive vanished', async () => {
    const result = await writeFileAtomic(join(folder, 'unplugged', 'release.bodo'), 'x');
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/“release\.bodo”.*folder no longer exists/) });
  });

  it('leaves the target untouched when the final step fails', async () => {
    // A folder where the file should go makes the rename fail after the temp file was written.
    const target = join(folder, 'release.bodo');
    await mkdir(target);
    await writeFile(join(target, 'inside'), 'kept');
    const result = await writeFileAtomic(target, 'new');
    expect(result.ok).toBe(false);
    expect(await readFile(join(target, 'inside'), 'utf8')).toBe('kept');
    expect(await readdir(folder)).toEqual(['release.bodo']);
  });
});

describe('describeFileError', () => {
  it.each([
    ['EACCES', /read-only or you do not have permission/],
    ['EROFS', /drive is read-only/],
    ['ENOSPC', /disk is full/],
    ['EIO', /could not be reached/],
  ])('explains %s when writing', (code, wording) => {
    expect(describeFileError(errno(code), 'write')).toMatch(wording);
  });

  it('explains a missing file when reading', () => {
    expect(describeFileError(errno('ENOENT'), 'read')).toMatch(/file no longer exists/);
  });
});
