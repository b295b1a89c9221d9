import { useState } from 'react';
import { useEditorState } from '@tiptap/react';
import type { Editor } from '@tiptap/core';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/bridge/contract';
import { TEMPLATES, type TemplateId } from '../../shared/document/templates';
import { useTranslation } from 'react-i18next';
import { BLOCK_ACTIONS, currentBlockAction, type BlockAction } from '../editor/blockActions';
import { displayShortcut } from '../editor/shortcut';
import { FILE_SHORTCUTS } from './fileShortcuts';
import { useRovingFocus } from '../a11y/useRovingFocus';

export type FileActions = {
  startNew: (template?: TemplateId) => void;
  open: () => void;
  save: () => void;
  saveAs: () => void;
  exportAs: (format: ExportFormat) => void;
};

type Props = { editor: Editor; files: FileActions; canUseFiles: boolean };

/** Toolbar buttons act on the editor: a click must not take its focus and selection away. */
const keepEditorFocus = (event: React.MouseEvent) => event.preventDefault();

function tooltip(label: string, shortcut?: string): string {
  return shortcut ? `${label} (${displayShortcut(shortcut)})` : label;
}

const MARKS = [
  { id: 'bold', glyph: 'B', shortcut: 'Mod-b', toggle: (e: Editor) => e.chain().focus().toggleBold().run() },
  { id: 'italic', glyph: 'I', shortcut: 'Mod-i', toggle: (e: Editor) => e.chain().focus().toggleItalic().run() },
  { id: 'underline', glyph: 'U', shortcut: 'Mod-u', toggle: (e: Editor) => e.chain().focus().toggleUnderline().run() },
] as const;

export function Toolbar({ editor, files, canUseFiles }: Props) {
  const { t, i18n } = useTranslation();
  const roving = useRovingFocus<HTMLDivElement>();
  // Only what the buttons show: React re-renders the toolbar when one of these changes.
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      block: currentBlockAction(e),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      link: e.isActive('link'),
    }),
  });

  const blockButton = (action: BlockAction) => (
    <button
      key={action.id}
      type="button"
      className={`tool glyph-${action.id}`}
      title={tooltip(t(`block.${action.id}`), action.shortcut)}
      aria-label={t(`block.${action.id}`)}
      aria-pressed={action.turnsInto ? active.block === action.id : undefined}
      data-action={action.id}
      onMouseDown={keepEditorFocus}
      onClick={() => action.run(editor)}
    >
      {action.glyph}
    </button>
  );

  // window.prompt does not exist in Electron: the address is typed into the toolbar itself.
  const [linkDraft, setLinkDraft] = useState<string | null>(null);
  const editLink = () => {
    if (active.link) editor.chain().focus().unsetLink().run();
    else setLinkDraft('https://');
  };
  const applyLink = (event: React.FormEvent) => {
    event.preventDefault();
    if (linkDraft) editor.chain().focus().setLink({ href: linkDraft }).run();
    setLinkDraft(null);
  };

  return (
    <div className="toolbar" role="toolbar" aria-label={t('a11y.toolbar')} {...roving}>
      <div className="tool-group" role="group" aria-label={t('file.new')}>
        <button type="button" className="tool text" data-action="new" onMouseDown={keepEditorFocus} onClick={() => files.startNew()}>
          {t('file.new')}
        </button>
        <select
          className="tool choice"
          aria-label={t('file.chooseTemplate')}
          data-action="new-from-template"
          value=""
          onChange={(e) => files.startNew(e.target.value as TemplateId)}
        >
          <option value="" disabled>
            {t('file.chooseTemplate')}
          </option>
          {TEMPLATES.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name[i18n.language === 'ko' ? 'ko' : 'en']}
            </option>
          ))}
        </select>
        <button type="button" className="tool text" data-action="open" disabled={!canUseFiles} onMouseDown={keepEditorFocus} onClick={files.open}
          title={tooltip(t('file.open'), FILE_SHORTCUTS.open)}>
          {t('file.open')}
        </button>
        <button type="button" className="tool text" data-action="save" disabled={!canUseFiles} onMouseDown={keepEditorFocus} onClick={files.save}
          title={tooltip(t('file.save'), FILE_SHORTCUTS.save)}>
          {t('file.save')}
        </button>
        <button type="button" className="tool text" data-action="saveAs" disabled={!canUseFiles} onMouseDown={keepEditorFocus} onClick={files.saveAs}
          title={tooltip(t('file.saveAs'), FILE_SHORTCUTS.saveAs)}>
          {t('file.saveAs')}
        </button>
        <select
          className="tool choice"
          aria-label={t('file.export')}
          data-action="export"
          disabled={!canUseFiles}
          value=""
          onChange={(e) => files.exportAs(e.target.value as ExportFormat)}
        >
          <option value="" disabled>
            {t('file.export')}
          </option>
          {EXPORT_FORMATS.map((format) => (
            <option key={format} value={format}>
              {t(`file.exportFormats.${format}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="tool-group" role="group" aria-label={t('block.type')}>
        {BLOCK_ACTIONS.filter((a) => a.turnsInto).map(blockButton)}
      </div>
      <div className="tool-group" role="group" aria-label={t('block.insert')}>
        {BLOCK_ACTIONS.filter((a) => !a.turnsInto).map(blockButton)}
      </div>
      <div className="tool-group" role="group" aria-label={t('mark.bold')}>
        {MARKS.map((mark) => (
          <button
            key={mark.id}
            type="button"
            className={`tool mark-${mark.id}`}
            title={tooltip(t(`mark.${mark.id}`), mark.shortcut)}
            aria-label={t(`mark.${mark.id}`)}
            aria-pressed={active[mark.id]}
            data-action={mark.id}
            onMouseDown={keepEditorFocus}
            onClick={() => mark.toggle(editor)}
          >
            {mark.glyph}
          </button>
        ))}
        <button
          type="button"
          className="tool mark-link"
          title={t('mark.link')}
          aria-label={t('mark.link')}
          aria-pressed={active.link}
          data-action="link"
          onMouseDown={keepEditorFocus}
          onClick={editLink}
        >
          <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
            <path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1" />
            <path d="M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1" />
          </svg>
        </button>
        {linkDraft !== null && (
          <form className="link-form" onSubmit={applyLink}>
            <input
              autoFocus
              type="url"
              aria-label={t('mark.linkPrompt')}
              value={linkDraft}
              onChange={(e) => setLinkDraft(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && setLinkDraft(null)}
              onBlur={() => setLinkDraft(null)}
            />
          </form>
        )}
      </div>
    </div>
  );
}
