/**
 * The editor schema: one TipTap extension per node (docs/ARCHITECTURE.md), with the marks and
 * behaviour the house style needs from StarterKit and nothing else. Works without a DOM
 * (`getSchema(bodoExtensions())`), so the file loader and converters can check documents.
 */
import { getSchema, type Extensions } from '@tiptap/core';
import { Node as PMNode, type Schema } from '@tiptap/pm/model';
import { StarterKit } from '@tiptap/starter-kit';
import type { EditorNodeJSON } from '../document/envelope';
import { AgencyNode } from './agency';
import { AttachmentNode } from './attachment';
import { AttachmentTitleNode } from './attachmentTitle';
import { BodyNode } from './body';
import { CommentMark } from './comment';
import { CompositionGuard } from './composition';
import { ContactNode } from './contact';
import { ContactGroupNode } from './contactGroup';
import { ContactsNode } from './contacts';
import { DeletionMark } from './deletion';
import { DepartmentNode } from './department';
import { DistributionNode } from './distribution';
import { DocNode } from './doc';
import { EmbargoNode } from './embargo';
import { HeaderNode } from './header';
import { HeadingNode } from './heading';
import { InsertionMark } from './insertion';
import { ItemNode } from './item';
import { LineNode } from './line';
import { LinkMark } from './link';
import { ModificationMark } from './modification';
import { NoteNode } from './note';
import { NoteRefNode } from './noteRef';
import { ParagraphNode } from './paragraph';
import { BodoPlaceholder } from './placeholders';
import { PointerNode } from './pointer';
import { RemarkNode } from './remark';
import { SubtitleNode } from './subtitle';
import { TableNode } from './table';
import { TableCaptionNode } from './tableCaption';
import { TableCellNode } from './tableCell';
import { TableRowNode } from './tableRow';
import { TitleNode } from './title';

export type BodoExtensionOptions = {
  /** Prompts in empty fields (default on; off for headless use). */
  placeholders?: boolean;
};

export function bodoExtensions(options: BodoExtensionOptions = {}): Extensions {
  return [
    CompositionGuard,
    StarterKit.configure({
      document: false,
      paragraph: false,
      heading: false,
      blockquote: false,
      bulletList: false,
      orderedList: false,
      listItem: false,
      listKeymap: false,
      code: false,
      codeBlock: false,
      strike: false,
      horizontalRule: false,
      trailingNode: false,
      link: false,
    }),
    LinkMark,
    DocNode,
    HeaderNode,
    AgencyNode,
    EmbargoNode,
    DistributionNode,
    TitleNode,
    SubtitleNode,
    BodyNode,
    // Order matters: the first block kind is what ProseMirror fills an empty body with.
    ParagraphNode,
    ItemNode,
    HeadingNode,
    RemarkNode,
    PointerNode,
    TableNode,
    TableCaptionNode,
    TableRowNode,
    TableCellNode,
    LineNode,
    NoteNode,
    NoteRefNode,
    CommentMark,
    InsertionMark,
    DeletionMark,
    ModificationMark,
    AttachmentNode,
    AttachmentTitleNode,
    ContactsNode,
    ContactGroupNode,
    DepartmentNode,
    ContactNode,
    ...(options.placeholders === false ? [] : [BodoPlaceholder]),
  ];
}

let schema: Schema | undefined;
/** The release schema, built on first use: start-up needs only the editor's own copy. */
export function editorSchema(): Schema {
  return (schema ??= getSchema(bodoExtensions({ placeholders: false })));
}

/** Null when `json` is a valid editor document, else a short reason a person can act on. */
export function checkEditorContent(json: EditorNodeJSON): string | null {
  try {
    const node = PMNode.fromJSON(editorSchema(), json);
    if (node.type !== editorSchema().topNodeType) return `the document starts with "${node.type.name}", not "doc"`;
    node.check();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export { SHORTCUTS, type ShortcutCommand } from './shortcuts';
export { ATTACHMENT_WORDS, documentGlyphs, documentLanguage, type AttachmentKind, type Glyphs } from './docAttrs';
export { MARKER_RULES, type ItemLevel } from './item';
export { ATTACHMENT_KINDS } from './attachment';
export { CONTACT_ROLES, type ContactRole } from './contact';
export { PLACEHOLDERS } from './placeholders';
