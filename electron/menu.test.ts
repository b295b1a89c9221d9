import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { HostCommand } from '../shared/bridge/contract';
import { buildMenuTemplate, spellingMenuTemplate, type MenuContext } from './menu';
import { translatorFor } from '../shared/i18n';

function menuFor(overrides: Partial<MenuContext> = {}) {
  const sent: HostCommand[] = [];
  const template = buildMenuTemplate({
    platform: 'linux',
    t: translatorFor('en'),
    recent: [],
    isDev: false,
    send: (command) => sent.push(command),
    clearRecent: () => undefined,
    showAbout: () => undefined,
    ...overrides,
  });
  return { template, sent };
}

const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const find = (items: MenuItemConstructorOptions[], label: string) => items.find((item) => item.label === label);
const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as (() => void) | undefined)?.();

describe('application menu', () => {
  it('sends import, the HTML preview and both clipboard copies as commands', () => {
    const { template, sent } = menuFor();
    const fileItems = submenu(find(template, 'File'));
    click(find(fileItems, 'Import…'));
    click(find(fileItems, 'Preview HTML Export…'));
    const editItems = submenu(find(template, 'Edit'));
    click(find(editItems, 'Copy as DOCX-ready Text'));
    click(find(editItems, 'Copy as HTML'));
    expect(sent).toEqual([{ name: 'import' }, { name: 'previewHtml' }, { name: 'copyAs', format: 'txt' }, { name: 'copyAs', format: 'html' }]);
  });

  it('sends one export command per format from File ▸ Export', () => {
    const { template, sent } = menuFor();
    const exportItems = submenu(find(submenu(find(template, 'File')), 'Export'));
    expect(exportItems.map((item) => item.label)).toEqual(['HTML', 'Text (for Hangul/Word)', 'Release JSON', 'Word Document', 'PDF']);
    exportItems.forEach(click);
    expect(sent).toEqual(['html', 'txt', 'json', 'docx', 'pdf'].map((format) => ({ name: 'export', format })));
  });

  it('lists recent files by title and opens them by path', () => {
    const recent = [{ path: '/docs/a.bodo', title: '반도체 실증', openedAt: '2026-04-13T00:00:00Z' }];
    const { template, sent } = menuFor({ recent });
    const recentItems = submenu(find(submenu(find(template, 'File')), 'Open Recent'));
    expect(recentItems[0]?.label).toBe('반도체 실증 — /docs/a.bodo');
    click(recentItems[0]);
    expect(sent).toEqual([{ name: 'openPath', path: '/docs/a.bodo' }]);
  });

  it('routes undo and redo to the editor with platform accelerators', () => {
    const redoOn = (platform: NodeJS.Platform) =>
      find(submenu(find(menuFor({ platform }).template, 'Edit')), 'Redo')?.accelerator;
    expect(redoOn('darwin')).toBe('Shift+Cmd+Z');
    expect(redoOn('win32')).toBe('Ctrl+Y');
    const { template, sent } = menuFor();
    click(find(submenu(find(template, 'Edit')), 'Undo'));
    expect(sent).toEqual([{ name: 'undo' }]);
  });

  it('has the app menu only on macOS and Reload only in development', () => {
    expect(menuFor({ platform: 'darwin' }).template[0]?.label).toBe('Bodo');
    expect(menuFor().template[0]?.label).toBe('File');
    const roles = (isDev: boolean) => submenu(find(menuFor({ isDev }).template, 'View')).map((item) => item.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toContain('reload');
  });

  it('speaks Korean for Korean users', () => {
    const { template } = menuFor({ t: translatorFor('ko') });
    expect(template.map((item) => item.label)).toEqual(['파일', '편집', '보기', '도움말']);
  });

  it('opens the start page from Help and the settings from File', () => {
    const { template, sent } = menuFor();
    click(find(submenu(find(template, 'Help')), 'Welcome'));
    click(find(submenu(find(template, 'File')), 'Settings…'));
    expect(sent).toEqual([{ name: 'welcome' }, { name: 'settings' }]);
  });

  it('labels every item in the interface language, roles included', () => {
    const labels = (items: MenuItemConstructorOptions[]): (string | undefined)[] =>
      items.flatMap((item) => (item.type === 'separator' ? [] : [item.label, ...labels(submenu(item))]));
    for (const platform of ['linux', 'darwin'] as const) {
      const all = labels(menuFor({ platform, isDev: true, t: translatorFor('ko') }).template);
      expect(all).not.toContain(undefined);
      // Only names stay in Latin letters: the app, the formats.
      const latin = all.filter((label) => /[a-z]{3,}/i.test(label ?? '') && !/[가-힣]/.test(label ?? ''));
      expect(latin.filter((label) => !['Bodo', 'HTML', 'PDF'].includes(label ?? ''))).toEqual([]);
    }
  });
});

describe('spelling context menu', () => {
  const replaced: string[] = [];
  const actions = { replace: (word: string) => replaced.push(word), learn: (word: string) => replaced.push(`+${word}`) };

  it('offers the dictionary’s suggestions for a misspelled word, then the clipboard', () => {
    const template = spellingMenuTemplate({ isEditable: true, misspelledWord: 'goverment', dictionarySuggestions: ['government'] }, translatorFor('en'), actions);
    expect(template.map((item) => item.label ?? item.type)).toEqual(['government', 'Add to Dictionary', 'separator', 'Cut', 'Copy', 'Paste', 'separator', 'Select All']);
    click(template[0]);
    click(template[1]);
    expect(replaced).toEqual(['government', '+goverment']);
  });

  it('says when there is no suggestion, and shows nothing outside editable text', () => {
    const ko = translatorFor('ko');
    expect(spellingMenuTemplate({ isEditable: true, misspelledWord: '보도자로', dictionarySuggestions: [] }, ko, actions)[0]).toEqual({ label: '추천 낱말 없음', enabled: false });
    expect(spellingMenuTemplate({ isEditable: false, misspelledWord: '', dictionarySuggestions: [] }, ko, actions)).toEqual([]);
  });
});
