/** Baseline: a bare ProseMirror editor (doc, paragraph, text; history and base keys) with the same flat paragraphs. */
import { baseKeymap } from '@tiptap/pm/commands';
import { history } from '@tiptap/pm/history';
import { keymap } from '@tiptap/pm/keymap';
import { Node, Schema } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { EditorView } from '@tiptap/pm/view';
import 'prosemirror-view/style/prosemirror.css';
import { flatOpener } from './flat';
import { startBenchPage } from './harness';

const schema = new Schema({
  nodes: {
    doc: { content: 'paragraph+' },
    paragraph: { content: 'text*', toDOM: () => ['p', 0], parseDOM: [{ tag: 'p' }] },
    text: {},
  },
});

startBenchPage(
  'prosemirror',
  flatOpener(
    (text) => Node.fromJSON(schema, JSON.parse(text)),
    (doc, element) => new EditorView(element, { state: EditorState.create({ doc, plugins: [history(), keymap(baseKeymap)] }) }),
  ),
);
