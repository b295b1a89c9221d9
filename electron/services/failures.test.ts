/** Host failures reach the renderer in the interface language, still naming the file and the reason. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translatorFor, type UiLanguage } from '../../shared/i18n';
import { createDocumentFiles } from './documents';
import { createHostHandlers, dispatchIntent, type Dialogs } from './host';
import { createJournal } from './journal';
import { createRecentFiles } from './recent';

let folder: string;
let language: UiLanguage;
let openAnswer: string | null;
let dispatch: (intent: string, payload: unknown) => Promise<unknown>;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bodo-failures-'));
  language = 'ko';
  const dialogs: Dialogs = { pickOpenPath: async () => openAnswer, pickSavePath: async () => null };
  const handlers = createHostHandlers({
    documents: createDocumentFiles(),
    recent: createRecentFiles({ file: join(folder, 'recent.json') }),
    dialogs,
    journal: createJournal({ folder: join(folder, 'recovery') }),
    translate: () => translatorFor(language),
  });
  dispatch = (intent, payload) => dispatchIntent(handlers, intent, payload);
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('host failures', () => {
  it('word a vanished file in Korean, then in English once the interface language changes', async () => {
    openAnswer = join(folder, '사라진 보도자료.bodo');
    expect(await dispatch('openDocument', {})).toEqual({ ok: false, message: '“사라진 보도자료.bodo”을(를) 열 수 없습니다: 파일이 더 이상 없습니다(옮겨졌거나 삭제되었거나, 분리된 드라이브에 있었을 수 있습니다).' });
    language = 'en';
    expect(await dispatch('openDocument', {})).toEqual({ ok: false, message: expect.stringMatching(/^Cannot open “사라진 보도자료\.bodo”: the file no longer exists/) });
  });

  it('word a file that is not a Bodo document in the interface language', async () => {
    openAnswer = join(folder, '받은 파일.bodo');
    await writeFile(openAnswer, 'PK\u0003\u0004 word file');
    expect(await dispatch('openDocument', {})).toEqual({ ok: false, message: expect.stringMatching(/^“받은 파일\.bodo”을\(를\) 열 수 없습니다: 보도 문서가 아닙니다/) });
    language = 'en';
    expect(await dispatch('openDocument', {})).toEqual({ ok: false, message: expect.stringMatching(/^Cannot open “받은 파일\.bodo”: it is not a Bodo document/) });
  });

  it('word a refusal in the interface language', async () => {
    expect(await dispatch('openPath', { path: '/etc/passwd' })).toEqual({ ok: false, message: '거부됨: 보도가 “passwd”을(를) 열도록 요청받지 않았습니다.' });
    expect(await dispatch('writeClipboard', { text: 'a', html: '<p>a</p>' })).toEqual({ ok: false, message: '여기에서는 클립보드를 쓸 수 없습니다.' });
  });
});
