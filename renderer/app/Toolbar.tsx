import { useState, type ReactNode } from 'react';
import type { Editor } from '@tiptap/core';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/bridge/formats';
import { TEMPLATES, type TemplateId } from '../../shared/document/templates';
import { useTranslation } from 'react-i18next';
import { BLOCK_ACTIONS, currentBlockAction, type BlockAction } from '../editor/blockActions';
import { displayShortcut } from '../editor/shortcut';
import { useEditorValue } from '../editor/useEditorValue';
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

/** A button drawn as a glyph: its name is the tooltip and the accessible label. */
type GlyphTool = {
  action: string;
  className: string;
  label: string;
  shortcut?: string;
  /** Whether it is on (a mark, the cursor's block type); undefined for one-off commands. */
  pressed?: boolean;
  run: () => void;
  glyph: ReactNode;
};

function GlyphButton({ tool }: { tool: GlyphTool }) {
  return (
    <button
      type="button"
      className={`tool ${tool.className}`}
      title={tooltip(tool.label, tool.shortcut)}
      aria-label={tool.label}
      aria-pressed={tool.pressed}
      data-action={tool.action}
      onMouseDown={keepEditorFocus}
      onClick={tool.run}
    >
      {tool.glyph}
    </button>
  );
}

/** A menu that runs a command with the chosen value, then shows its own name again. */
function CommandMenu<T extends string>(props: {
  label: string;
  action: string;
  disabled?: boolean;
  choices: readonly { value: T; label: string }[];
  onChoose: (value: T) => void;
}) {
  return (
    <select
      className="tool choice"
      aria-label={props.label}
      data-action={props.action}
      disabled={props.disabled}
      value=""
      onChange={(e) => props.onChoose(e.target.value as T)}
    >
      <option value="" disabled>
        {props.label}
      </option>
      {props.choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </select>
  );
}

const FILE_COMMANDS = ['open', 'save', 'saveAs'] as const;

const MARKS = [
  { id: 'bold', glyph: 'B', shortcut: 'Mod-b', toggle: (e: Editor) => e.chain().focus().toggleBold().run() },
  { id: 'italic', glyph: 'I', shortcut: 'Mod-i', toggle: (e: Editor) => e.chain().focus().toggleItalic().run() },
  { id: 'underline', glyph: 'U', shortcut: 'Mod-u', toggle: (e: Editor) => e.chain().focus().toggleUnderline().run() },
] as const;

/** Only what the buttons show: the toolbar re-renders when one of these changes. */
function activeTools(editor: Editor) {
  return {
    block: currentBlockAction(editor),
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    underline: editor.isActive('underline'),
    link: editor.isActive('link'),
  };
}

export function Toolbar({ editor, files, canUseFiles }: Props) {
  const { t } = useTranslation();
  const roving = useRovingFocus<HTMLDivElement>();
  const active = useEditorValue(editor, activeTools);

  const blockButton = (action: BlockAction) => (
    <GlyphButton
      key={action.id}
      tool={{
        action: action.id,
        className: `glyph-${action.id}`,
        label: t(`block.${action.id}`),
        shortcut: action.shortcut,
        pressed: action.turnsInto ? active.block === action.id : undefined,
        run: () => action.run(editor),
        glyph: action.glyph,
      }}
    />
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
        <CommandMenu<TemplateId>
          label={t('file.chooseTemplate')}
          action="new-from-template"
          choices={TEMPLATES.map((template) => ({ value: template.id, label: t(`template.${template.id}`) }))}
          onChoose={files.startNew}
        />
        {FILE_COMMANDS.map((command) => (
          <button key={command} type="button" className="tool text" data-action={command} disabled={!canUseFiles} onMouseDown={keepEditorFocus}
            onClick={() => files[command]()} title={tooltip(t(`file.${command}`), FILE_SHORTCUTS[command])}>
            {t(`file.${command}`)}
          </button>
        ))}
        <CommandMenu<ExportFormat>
          label={t('file.export')}
          action="export"
          disabled={!canUseFiles}
          choices={EXPORT_FORMATS.map((format) => ({ value: format, label: t(`file.exportFormats.${format}`) }))}
          onChoose={files.exportAs}
        />
      </div>
      <div className="tool-group" role="group" aria-label={t('block.type')}>
        {BLOCK_ACTIONS.filter((a) => a.turnsInto).map(blockButton)}
      </div>
      <div className="tool-group" role="group" aria-label={t('block.insert')}>
        {BLOCK_ACTIONS.filter((a) => !a.turnsInto).map(blockButton)}
      </div>
      <div className="tool-group" role="group" aria-label={t('mark.bold')}>
        {MARKS.map((mark) => (
          <GlyphButton
            key={mark.id}
            tool={{
              action: mark.id,
              className: `mark-${mark.id}`,
              label: t(`mark.${mark.id}`),
              shortcut: mark.shortcut,
              pressed: active[mark.id],
              run: () => mark.toggle(editor),
              glyph: mark.glyph,
            }}
          />
        ))}
        <GlyphButton
          tool={{
            action: 'link',
            className: 'mark-link',
            label: t('mark.link'),
            pressed: active.link,
            run: editLink,
            glyph: (
              <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
                <path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1" />
                <path d="M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1" />
              </svg>
            ),
          }}
        />
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
