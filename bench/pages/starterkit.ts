/** Baseline: a bare TipTap editor with StarterKit, holding the document's text as flat paragraphs. */
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { startBenchPage } from './harness';

startBenchPage('starterkit', {
  parse: (text) => JSON.parse(text),
  mount: (content, element) => new Editor({ element, extensions: [StarterKit], content: content as object }).view,
});
