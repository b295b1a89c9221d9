import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/bridge/contract';
import { newDocument } from '../../shared/document/templates';
import { CATALOGUES, I18N_OPTIONS } from '../../shared/i18n';
import { createMemoryHost } from './memory';

describe('in-memory host', () => {
  it('refuses every file intent with a message the page can show, in the interface language and the contract shape', async () => {
    await i18next.init({ ...I18N_OPTIONS, lng: 'ko' });
    const host = createMemoryHost(() => undefined);
    expect(host).toMatchObject({ kind: 'memory', canUseFiles: false, hasNativeMenu: false });
    const document = newDocument('ko-gaejo', new Date('2026-12-03T09:00:00+09:00'));
    const answers = {
      openDocument: await host.invoke('openDocument', {}),
      openPath: await host.invoke('openPath', { path: '/tmp/a.bodo' }),
      saveDocument: await host.invoke('saveDocument', { path: null, document, suggestedName: 'a.bodo' }),
      exportFile: await host.invoke('exportFile', { format: 'txt', suggestedName: 'a.txt', data: '' }),
    };
    for (const [intent, answer] of Object.entries(answers)) {
      expect(answer).toEqual({ ok: false, message: CATALOGUES.ko.file.noFiles });
      expect(contract[intent as keyof typeof answers].result.safeParse(answer).success).toBe(true);
    }
    expect(await host.invoke('listRecent', {})).toEqual([]);
  });

  it('shows the window state in the tab title', async () => {
    const titles: string[] = [];
    const host = createMemoryHost((title) => titles.push(title));
    await host.invoke('setWindowState', { title: '• 제목 없음 — Bodo', dirty: true });
    expect(titles).toEqual(['• 제목 없음 — Bodo']);
  });
});
