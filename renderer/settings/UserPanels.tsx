/**
 * What the app gets from the settings feature, in one place: the settings themselves (and new
 * documents made by them), the settings panel, the start page (on first run and on the Help ▸
 * Welcome and Settings commands), the notice for a damaged settings file, the spellchecker's
 * language and the block announcer for screen readers.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import type { BodoBridge } from '../../shared/bridge/contract';
import type { BodoDocument } from '../../shared/document/envelope';
import type { TemplateId } from '../../shared/document/templates';
import { documentLanguage } from '../../shared/schema';
import { BlockAnnouncer } from '../a11y/BlockAnnouncer';
import { useEditorValue } from '../editor/useEditorValue';
import { Welcome } from '../welcome/Welcome';
import { documentFromSettings } from './newDocument';
import { SettingsPanel } from './SettingsPanel';
import { useSettings, type SettingsState } from './useSettings';

type Shown = 'settings' | 'welcome' | null;
export type UserPanelsState = SettingsState & {
  shown: Shown;
  show(panel: Shown): void;
  /** New documents in the agency's body style and glyphs. */
  createDocument(template?: string): BodoDocument;
};

export function useUserPanels(host: BodoBridge): UserPanelsState {
  const state = useSettings(host);
  const [shown, show] = useState<Shown>(null);
  const latest = useRef(state.settings);
  latest.current = state.settings;

  useEffect(
    () =>
      host.onCommand((command) => {
        if (command.name === 'welcome' || command.name === 'settings') show(command.name);
      }),
    [host],
  );

  // First run: the start page, once, in the desktop app and the browser build alike.
  const { loaded, settings, save } = state;
  useEffect(() => {
    if (!loaded || settings.welcomeSeen) return;
    show('welcome');
    void save({ ...settings, welcomeSeen: true });
  }, [loaded, settings, save]);

  const createDocument = useCallback((template?: string) => documentFromSettings(template, latest.current, new Date()), []);
  return { ...state, shown, show, createDocument };
}

/** The header's buttons for the start page and the settings (menus are not everywhere). */
export function UserButtons({ user }: { user: UserPanelsState }) {
  const { t } = useTranslation();
  return (
    <div className="user-buttons">
      <button type="button" className="tool text" data-action="welcome" onClick={() => user.show('welcome')}>
        {t('welcome.open')}
      </button>
      <button type="button" className="tool text" data-action="settings" onClick={() => user.show('settings')}>
        {t('settings.open')}
      </button>
    </div>
  );
}

type Props = {
  user: UserPanelsState;
  host: BodoBridge;
  editor: Editor;
  files: {
    startNew(template: TemplateId): void;
    open(): void;
    openPath(path: string): void;
    openDocument(document: BodoDocument): void;
  };
  notify(message: string): void;
};

const languageOf = (editor: Editor) => documentLanguage(editor.state.doc.attrs);

export function UserPanels({ user, host, editor, files, notify }: Props) {
  const { t } = useTranslation();
  const language = useEditorValue(editor, languageOf);
  useEffect(() => {
    void host.invoke('setDocumentLanguage', { language });
  }, [host, language]);
  // The editing area's accessible name follows the interface language.
  useEffect(() => {
    const { editorProps } = editor.options;
    const attributes = typeof editorProps.attributes === 'object' ? editorProps.attributes : {};
    const label = t('a11y.editor');
    // Updating the editor's props forces a layout: only when the language really changed.
    if (attributes['aria-label'] !== label) editor.setOptions({ editorProps: { ...editorProps, attributes: { ...attributes, 'aria-label': label } } });
  }, [editor, t]);
  const close = () => user.show(null);

  return (
    <>
      {user.problem && (
        <div className="notice" role="alert" data-testid="settings-problem">
          <span>{t('settings.problem', { reason: user.problem })}</span>
          <button type="button" onClick={user.dismissProblem}>
            {t('notice.dismiss')}
          </button>
        </div>
      )}
      {user.shown === 'settings' && <SettingsPanel settings={user.settings} save={user.save} onClose={close} />}
      {user.shown === 'welcome' && (
        <Welcome host={host} {...files} notify={notify} onClose={close} />
      )}
      <BlockAnnouncer editor={editor} />
    </>
  );
}
