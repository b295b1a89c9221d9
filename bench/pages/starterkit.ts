/** Baseline: a bare TipTap editor with StarterKit, holding the document's text as flat paragraphs. */
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { flatOpener } from './flat';
import { startBenchPage } from './harness';

startBenchPage(
  'starterkit',
  flatOpener(
    (text) => JSON.parse(text) as object,
    (content, element) => new Editor({ element, extensions: [StarterKit], content }).view,
  ),
);
