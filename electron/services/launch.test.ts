import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodoPathsFromArgv, isSafeExternalUrl } from './launch';

describe('bodoPathsFromArgv', () => {
  it('takes .bodo files, made absolute, and ignores the executable, flags and other files', () => {
    const argv = ['/opt/Bodo/bodo', '--no-sandbox', '보도자료.BODO', '/home/kim/a.bodo', 'notes.txt', '.'];
    expect(bodoPathsFromArgv(argv, '/home/kim/docs')).toEqual([join('/home/kim/docs', '보도자료.BODO'), '/home/kim/a.bodo']);
  });
});

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://www.korea.kr/briefing', true],
    ['http://msit.go.kr', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['smb://server/share', false],
    ['https://user:pass@example.com', false],
    ['not a url', false],
  ])('%s → %s', (url, safe) => {
    expect(isSafeExternalUrl(url)).toBe(safe);
  });
});
