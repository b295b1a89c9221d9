/**
 * Paste through the importer: several lines of plain text, or HTML from outside Bodo, become
 * the structure the importer recognises (□ ㅇ items, notes, subtitles…) instead of flat
 * paragraphs. Into an empty document the whole release lands in its places (header, title,
 * subtitles, body, pages, contacts); into a document with content, everything pasted becomes
 * body blocks beside the cursor's block, so nothing pasted is ever lost.
 *
 * Left to ProseMirror: one line of text (pastes as text), Bodo's own copies (its slices keep
 * the structure exactly), and anything while an IME is composing.
 */
import { Extension } from '@tiptap/core';
import { Fragment, type Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type EditorState, type Selection, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { editorFromRelease } from '../../shared/document/convert';
import type { EditorNodeJSON } from '../../shared/document/envelope';
import { importHtml } from '../../shared/import/html';
import { importText } from '../../shared/import/text';
import { emptyRelease, type Block, type Release } from '../../shared/release/model';
import { newNoteId } from '../../shared/schema/noteIds';
import { browserHtmlEnv } from './htmlEnv';

/** ProseMirror marks the HTML it puts on the clipboard; such a slice is parsed by the schema itself. */
const PROSEMIRROR_SLICE = /data-pm-slice=/;
/** The parts of a document that hold blocks. */
const BLOCK_CONTAINERS = new Set(['body', 'attachment']);

export const PasteImport = Extension.create({
  name: 'pasteImport',
  addProseMirrorPlugins() {
    return [new Plugin({ key: new PluginKey('pasteImport'), props: { handlePaste: (view, event) => pasteThroughImporter(view, event) } })];
  },
});

function pasteThroughImporter(view: EditorView, event: ClipboardEvent): boolean {
  if (view.composing || !event.clipboardData) return false;
  const html = event.clipboardData.getData('text/html');
  const text = event.clipboardData.getData('text/plain');
  if (html !== '' && PROSEMIRROR_SLICE.test(html)) return false;
  let release: Release;
  if (html.trim() !== '') release = importHtml(html, browserHtmlEnv()).release;
  else if (text.trim().includes('\n')) release = importText(text).release;
  else return false;

  const blocks = releaseAsBlocks(release);
  if (isOneLine(blocks)) return false;
  const tr = isEmptyDocument(view.state.doc) ? fillDocument(view.state, release) : insertBlocks(view.state, blocks);
  view.dispatch(tr.setMeta('paste', true).setMeta('uiEvent', 'paste').scrollIntoView());
  return true;
}

/**
 * One line from outside (a phrase copied from a web page) is no structure: ProseMirror pastes it
 * as text, even into an empty document (it would not make a title).
 */
function isOneLine(blocks: Block[]): boolean {
  const [first] = blocks;
  return !first || (blocks.length === 1 && first.type === 'paragraph' && first.notes.length === 0 && first.children.length === 0);
}

/** Nothing typed yet: every field and block is empty (placeholders are only decorations). */
const isEmptyDocument = (doc: PMNode) => doc.textContent.trim() === '';

/** The pasted release becomes the document: header, title, subtitles, body, pages, contacts. */
function fillDocument(state: EditorState, release: Release): Transaction {
  const filled = state.schema.nodeFromJSON(withFreshNoteIds(editorFromRelease(release)));
  const tr = state.tr.replaceWith(0, state.doc.content.size, filled.content);
  for (const [name, value] of Object.entries(filled.attrs)) tr.setDocAttribute(name, value);
  return tr.setSelection(TextSelection.atEnd(tr.doc));
}

/** Everything pasted as body blocks, beside the cursor's block. */
function insertBlocks(state: EditorState, blocks: Block[]): Transaction {
  const bodyJson = editorFromRelease({ ...emptyRelease(), body: blocks }).content?.find((part) => part.type === 'body');
  const nodes = (withFreshNoteIds(bodyJson ?? { type: 'body' }).content ?? []).map((json) => state.schema.nodeFromJSON(json));
  const fragment = Fragment.fromArray(nodes);

  // What was selected is replaced, as by any paste; the blocks go beside what remains.
  const tr = state.tr.deleteSelection();
  const { from, to } = blockSlot(tr.doc, tr.selection);
  tr.replaceWith(from, to, fragment);
  return tr.setSelection(TextSelection.near(tr.doc.resolve(from + fragment.size), -1));
}

/**
 * Where pasted blocks go: after the top-level block holding the cursor (before it when the
 * cursor is at its very start; in its place when it is empty). Outside the body and the
 * pages (title, header, contacts) they go to the start of the body.
 */
function blockSlot(doc: PMNode, selection: Selection): { from: number; to: number } {
  const { $from } = selection;
  for (let depth = $from.depth - 1; depth >= 0; depth -= 1) {
    if (!BLOCK_CONTAINERS.has($from.node(depth).type.name)) continue;
    const block = $from.node(depth + 1);
    const start = $from.before(depth + 1);
    const end = $from.after(depth + 1);
    if (block.type.name === 'attachmentTitle') return { from: end, to: end };
    if (block.textContent === '') return { from: start, to: end };
    return $from.pos <= start + 2 && $from.parentOffset === 0 ? { from: start, to: start } : { from: end, to: end };
  }
  let bodyStart = 0;
  doc.forEach((part, offset) => {
    if (part.type.name === 'body') bodyStart = offset + 1;
  });
  return { from: bodyStart, to: bodyStart };
}

/** Everything in the release as body blocks, in reading order: the header, title and subtitles as paragraphs. */
export function releaseAsBlocks(release: Release): Block[] {
  const paragraph = (text: string): Block => ({ type: 'paragraph', text, notes: [], children: [] });
  const lines = [
    release.agency,
    release.embargo?.text,
    release.distributed,
    ...release.title.split('\n'),
    ...release.subtitles.map((subtitle) => `- ${subtitle}`),
  ].filter((line): line is string => typeof line === 'string' && line.trim() !== '');
  return [
    ...lines.map(paragraph),
    ...release.body,
    ...release.attachments.flatMap((attachment): Block[] => [
      { type: 'heading', text: `${attachment.label} ${attachment.title}`.trim() },
      ...attachment.body,
    ]),
    ...release.contacts.map((contact) => paragraph([contact.department, contact.rank, contact.name, contact.phone].filter(Boolean).join(' '))),
  ];
}

/** Notes pasted twice must not share ids with each other or with the document's notes. */
function withFreshNoteIds(json: EditorNodeJSON): EditorNodeJSON {
  const fresh = new Map<unknown, string>();
  const visit = (node: EditorNodeJSON): EditorNodeJSON => {
    const id = node.attrs?.id;
    const renamed = (node.type === 'note' || node.type === 'noteRef') && typeof id === 'string';
    if (renamed && !fresh.has(id)) fresh.set(id, newNoteId());
    return {
      ...node,
      ...(renamed ? { attrs: { ...node.attrs, id: fresh.get(id) } } : {}),
      ...(node.content ? { content: node.content.map(visit) } : {}),
    };
  };
  return visit(json);
}
