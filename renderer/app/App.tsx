import { useCallback, useEffect, useRef, useState } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import type { BodoBridge, HostCommand } from '../../shared/bridge/contract';
import { documentGlyphs, type Glyphs } from '../../shared/schema';
import { newDocument, TEMPLATE_IDS, type TemplateId } from '../../shared/document/templates';
import { editorExtensions } from '../editor/extensions';
import { matchesShortcut } from '../editor/shortcut';
import { BlockMenu } from './BlockMenu';
import { FILE_SHORTCUTS } from './fileShortcuts';
import { OutlinePanel } from './OutlinePanel';
import { StatusBar } from './StatusBar';
import { Toolbar, type FileActions } from './Toolbar';
import { RecoveryPrompt } from './RecoveryPrompt';
import { useAutosave } from './useAutosave';
import { newSession, useDocumentFile, type Session } from './useDocumentFile';
import { useChoiceDialog } from './ChoiceDialog';
import { HtmlPreview } from '../io/HtmlPreview';
import { ImportReportPanel } from '../io/ImportReport';
import { IoTools } from '../io/IoTools';
import { useExport } from '../io/useExport';
import { useImport } from '../io/useImport';
import { UserButtons, UserPanels, useUserPanels } from '../settings/UserPanels';
import { ReviewPanel } from '../review/ReviewPanel';
import { ChecksBadge } from '../checks/ChecksBadge';
import { ChecksPanel } from '../checks/ChecksPanel';
import { HouseStyleChecks } from '../checks/houseStyleChecks';
import { useCheckProfile, useSilences } from '../checks/useFindings';
import { useAuthorName } from '../review/author';
import { FirstRunAuthor } from '../review/FirstRunAuthor';
import { resolvedThreadIds, threadsFrom } from '../../shared/review/threads';
import { CommentHighlightExtension } from '../review/highlight';
import { useEditorValue } from '../editor/useEditorValue';

/** Itemised Korean (□ ㅇ) is what most users write; the toolbar offers the others. */
const DEFAULT_TEMPLATE: TemplateId = 'ko-gaejo';
const isTemplateId = (value: string | undefined): value is TemplateId => TEMPLATE_IDS.some((id) => id === value);
const createDocument = (template?: string) => newDocument(isTemplateId(template) ? template : DEFAULT_TEMPLATE, new Date());

/**
 * `doc.attrs.glyphs` (the author's marker per level) as CSS variables on the app root: the
 * schema puts them on the editor element, but the toolbar and block menu, outside it, show
 * the same glyphs on their level buttons.
 */
function glyphVariables(glyphs: Glyphs): React.CSSProperties {
  return Object.fromEntries(glyphs.map((glyph, i) => [`--glyph-${i + 1}`, JSON.stringify(glyph)]));
}

const glyphsOf = (editor: Editor) => documentGlyphs(editor.state.doc.attrs);

export function App({ host }: { host: BodoBridge }) {
  const { t } = useTranslation();
  const [session, setSession] = useState<Session>(() => newSession(null, null, createDocument()));
  const [notice, setNotice] = useState<string | null>(null);
  const [checksOpen, setChecksOpen] = useState(false);
  const { dialog, ask } = useChoiceDialog();
  const user = useUserPanels(host);
  const page = useRef<HTMLDivElement>(null);

  const editor = useEditor(
    {
      extensions: [
        ...editorExtensions(),
        HouseStyleChecks,
        CommentHighlightExtension.configure({ resolved: resolvedThreadIds(threadsFrom(session.document.comments)) }),
      ],
      content: session.document.content,
      // The strict CSP forbids injected <style>: app.css carries ProseMirror's few rules.
      injectCSS: false,
      immediatelyRender: true,
      // A new or opened document is ready for typing: the cursor in its first field (the agency).
      autofocus: 'start',
      // Panels subscribe to what they show; the app itself must not re-render per keystroke.
      shouldRerenderOnTransaction: false,
      // Nothing listens for TipTap's "delete" events, which cost a timer and a diff per keystroke.
      enableCoreExtensions: { delete: false },
      // Spelling in the document's language (the host follows setDocumentLanguage).
      // Its accessible name is set here too, so the first paint needs no second editor update.
      editorProps: { attributes: { spellcheck: 'true', 'aria-label': t('a11y.editor') } },
    },
    [session.id],
  );

  const file = useDocumentFile({ host, editor, session, setSession, createDocument: user.createDocument, ask, notify: setNotice, t });
  useAutosave(host, editor, session, file.dirty);
  const exports = useExport({
    host,
    editor,
    ask,
    notify: setNotice,
    t,
    threadsForWord: () => (user.settings.wordComments ? threadsFrom(session.document.comments) : []),
  });
  const imports = useImport({
    host,
    mayReplace: file.mayReplace,
    openImported: (document) => setSession((previous) => ({ ...newSession(previous, null, document), unsaved: true })),
    notify: setNotice,
    t,
  });
  useSilences(editor, session.document.silenced);
  useCheckProfile(editor, user.settings.agency);
  const author = useAuthorName();
  const glyphs = useEditorValue(editor, glyphsOf);

  const files: FileActions = {
    startNew: (template) => void file.startNew(template),
    open: () => void file.open(),
    save: () => void file.save(false),
    saveAs: () => void file.save(true),
    exportAs: (format) => void exports.exportAs(format),
  };
  const latestFile = useRef(file);
  latestFile.current = file;
  const latestIo = useRef({ exports, imports });
  latestIo.current = { exports, imports };

  const onCommand = useCallback(
    (command: HostCommand) => {
      const current = latestFile.current;
      switch (command.name) {
        case 'new':
          return void current.startNew(command.template);
        case 'open':
          return void current.open();
        case 'openPath':
          return void current.openPath(command.path);
        case 'save':
          return void current.save(false);
        case 'saveAs':
          return void current.save(true);
        case 'closeRequest':
          return void current.saveBeforeClose();
        case 'undo':
          return void editor.commands.undo();
        case 'redo':
          return void editor.commands.redo();
        case 'export':
          return void latestIo.current.exports.exportAs(command.format);
        case 'import':
          return void latestIo.current.imports.startImport();
        case 'previewHtml':
          return void latestIo.current.exports.showPreview();
        case 'copyAs':
          return void latestIo.current.exports.copyAs(command.format);
        case 'close':
          // The host closes the window itself (and asks about unsaved changes first).
          return;
      }
    },
    [editor],
  );
  useEffect(() => host.onCommand(onCommand), [host, onCommand]);

  // With a native menu the host owns the accelerators; otherwise the page binds them.
  useEffect(() => {
    if (host.hasNativeMenu) return;
    const onKey = (event: KeyboardEvent) => {
      const run = matchesShortcut(event, FILE_SHORTCUTS.saveAs)
        ? () => latestFile.current.save(true)
        : matchesShortcut(event, FILE_SHORTCUTS.save)
          ? () => latestFile.current.save(false)
          : matchesShortcut(event, FILE_SHORTCUTS.open)
            ? () => latestFile.current.open()
            : null;
      if (!run) return;
      event.preventDefault();
      void run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [host]);

  return (
    <div className="app" data-dirty={file.dirty} data-host={host.kind} style={glyphVariables(glyphs)}>
      <header className="app-header">
        <div className="app-title">
          <span className="app-name">{t('app.name')}</span>
          <span className="document-name" data-testid="document-name">{file.name}</span>
          {file.dirty && <span className="dirty-dot" role="img" aria-label={t('status.unsaved')} />}
        </div>
        <Toolbar editor={editor} files={files} canUseFiles={host.canUseFiles} />
        <IoTools
          actions={{ startImport: () => void imports.startImport(), showPreview: () => void exports.showPreview(), copyAs: (format) => void exports.copyAs(format) }}
          confirmation={exports.confirmation}
        />
        <UserButtons user={user} />
      </header>
      {!host.canUseFiles && (
        <p className="banner" role="note" data-testid="no-files-note">
          {t('file.noFiles')}
        </p>
      )}
      <RecoveryPrompt host={host} restore={file.restore} />
      {imports.report && <ImportReportPanel report={imports.report} onDismiss={imports.dismissReport} />}
      {notice && (
        <div className="notice" role="alert" data-testid="notice">
          <span>{notice}</span>
          <button type="button" onClick={() => setNotice(null)}>
            {t('notice.dismiss')}
          </button>
        </div>
      )}
      <div className="workspace" data-checks-open={checksOpen || undefined}>
        <OutlinePanel editor={editor} />
        <main className="page-area">
          <div className="page-scroller">
            <div className="page" ref={page}>
              <BlockMenu editor={editor} page={page} />
              <EditorContent editor={editor} />
            </div>
          </div>
        </main>
        {checksOpen && (
          <ChecksPanel
            editor={editor}
            author={author}
            onSilence={(silence) => setSession((previous) => ({ ...previous, document: { ...previous.document, silenced: [...(previous.document.silenced ?? []), silence] } }))}
            onClose={() => setChecksOpen(false)}
          />
        )}
        <ReviewPanel editor={editor} host={host} document={session.document} setSession={setSession} notify={setNotice} />
      </div>
      <StatusBar editor={editor} dirty={file.dirty} path={session.path} canUseFiles={host.canUseFiles}>
        <ChecksBadge editor={editor} onOpen={() => setChecksOpen(true)} />
      </StatusBar>
      {exports.previewHtml !== null && (
        <HtmlPreview
          html={exports.previewHtml}
          onExport={() => {
            exports.closePreview();
            void exports.exportAs('html');
          }}
          onClose={exports.closePreview}
        />
      )}
      <UserPanels
        user={user}
        host={host}
        editor={editor}
        files={{
          startNew: (template) => void file.startNew(template),
          open: () => void file.open(),
          openPath: (path) => void file.openPath(path),
          openDocument: (document) =>
            void file.mayReplace().then((replace) => replace && setSession((previous) => newSession(previous, null, document))),
        }}
        notify={setNotice}
      />
      <FirstRunAuthor host={host} loaded={user.loaded} settings={user.settings} waiting={user.shown !== null} />
      {dialog}
    </div>
  );
}
