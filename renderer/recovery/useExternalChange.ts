/**
 * Someone else saved (or removed) the open file while Bodo had it: say so when the window gets
 * the focus back, and let the user reload the file or keep their version as a copy, so neither
 * side's work is overwritten without a choice.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodoBridge, IntentResult } from '../../shared/bridge/contract';
import type { AskChoice } from '../app/ChoiceDialog';

const STRINGS = {
  en: {
    title: 'The file was changed by another program',
    body: (name: string) => `“${name}” was saved elsewhere since you opened it. Reload it, or keep your version and save it as a copy?`,
    reload: 'Reload from disk',
    keepMine: 'Keep mine (save as a copy)',
    missing: (name: string) => `“${name}” was moved or deleted by another program. Save to keep your document.`,
  },
  ko: {
    title: '다른 프로그램이 파일을 바꾸었습니다',
    body: (name: string) => `“${name}” 파일이 연 뒤에 다른 곳에서 저장되었습니다. 파일을 다시 불러올까요, 아니면 지금 문서를 사본으로 저장할까요?`,
    reload: '다시 불러오기',
    keepMine: '내 문서 유지 (사본으로 저장)',
    missing: (name: string) => `“${name}” 파일이 다른 프로그램에서 옮겨지거나 지워졌습니다. 문서를 지키려면 저장하세요.`,
  },
};

type Opened = Extract<IntentResult<'openPath'>, { ok: true }>;

type Options = {
  host: BodoBridge;
  /** The open document's file; null for an untitled document. */
  path: string | null;
  /** Changes when another document (or the same file, reloaded) replaces the open one. */
  sessionId: number;
  ask: AskChoice;
  notify: (message: string) => void;
  /** Replace the open document with the file as it is now on disk. */
  replace: (opened: Opened) => void;
  /** Save the open document under a new name (Save As). */
  saveAsCopy: () => void;
};

const fileNameOf = (path: string) => path.split(/[\\/]/).pop() ?? path;

export function useExternalChange({ host, path, sessionId, ask, notify, replace, saveAsCopy }: Options): void {
  const { i18n } = useTranslation();
  const strings = STRINGS[i18n.language.startsWith('ko') ? 'ko' : 'en'];
  const latest = useRef({ strings, ask, notify, replace, saveAsCopy });
  latest.current = { strings, ask, notify, replace, saveAsCopy };

  useEffect(() => {
    if (!host.canUseFiles || path === null) return;
    // One question per change of a file: the answer stands until the file is reloaded or saved anew.
    let answered = false;
    let checking = false;
    const check = async () => {
      if (answered || checking) return;
      checking = true;
      try {
        const status = await host.invoke('fileStatus', { path });
        if (!status.ok || status.state === 'same') return;
        const { strings: s } = latest.current;
        answered = true;
        if (status.state === 'missing') return latest.current.notify(s.missing(fileNameOf(path)));
        const choice = await latest.current.ask({
          title: s.title,
          body: s.body(fileNameOf(path)),
          choices: [
            { id: 'reload', label: s.reload },
            { id: 'keepMine', label: s.keepMine, primary: true },
          ],
        });
        if (choice === 'keepMine') return latest.current.saveAsCopy();
        if (choice !== 'reload') return;
        const opened = await host.invoke('openPath', { path });
        if (opened.ok) latest.current.replace(opened);
        else latest.current.notify(opened.message);
      } finally {
        checking = false;
      }
    };
    const onFocus = () => void check();
    const onVisible = () => document.visibilityState === 'visible' && void check();
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [host, path, sessionId]);
}
