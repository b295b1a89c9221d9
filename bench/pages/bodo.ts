/**
 * Bodo: the real renderer app (renderer/main.tsx, with its extensions, decorations and panels)
 * behind the bench host. The document is opened the way a user opens one, through the host's
 * `openPath` command, once the app has started on its new document.
 */
import type { Editor } from '@tiptap/core';
import type { EditorView } from '@tiptap/pm/view';
import { sendHostCommand } from './benchHost';
import '../../renderer/main';
import { afterNextFrame, startBenchPage } from './harness';

type EditorElement = HTMLElement & { editor?: Editor };

function currentEditor(): Editor | undefined {
  return (document.querySelector('.ProseMirror') as EditorElement | null)?.editor;
}

/** Resolves with the editor once `accept` holds for it, checking after every DOM change. */
function editorWhen(accept: (editor: Editor) => boolean): Promise<Editor> {
  return new Promise((resolve) => {
    const check = () => {
      const editor = currentEditor();
      if (!editor || editor.isDestroyed || !accept(editor)) return false;
      observer.disconnect();
      resolve(editor);
      return true;
    };
    const observer = new MutationObserver(check);
    if (!check()) observer.observe(document.body, { childList: true, subtree: true });
  });
}

startBenchPage('bodo', {
  async prepare() {
    await editorWhen(() => true);
    await afterNextFrame();
  },
  async open(docUrl, mark): Promise<EditorView> {
    const before = currentEditor();
    sendHostCommand({ name: 'openPath', path: docUrl }, mark);
    const editor = await editorWhen((candidate) => candidate !== before);
    return editor.view;
  },
});
