/**
 * The one place the editor document and the release model meet (docs/ARCHITECTURE.md).
 * Pure JSON to JSON. Markers come from the document's glyph per level; note markers are
 * positions (`*`, `**` … in each block), and a noteRef is written as the asterisks of its
 * position among the refs of its line. Reading back, a run of asterisks right after a term
 * becomes a noteRef when it is the next marker of the block and the block has that note.
 */
import { parseEmbargo } from '../release/embargo';
import { DEFAULT_GLYPHS } from '../release/labels';
import type { Attachment, Block, Contact, Language, Note, Release, ReleaseKind } from '../release/model';
import { RELEASE_KINDS } from '../release/model';
import { ATTACHMENT_WORDS, documentGlyphs, documentLanguage, type AttachmentKind, type Glyphs } from '../schema/docAttrs';
import { newEnvelope, type BodoDocument, type EditorNodeJSON } from './envelope';
import { withSuggestionsRejected } from '../review/suggestionsRejected';

const ANNEX_LABEL = /^\s*(붙임|별첨|annex)/i;
/** Body paragraphs that point at the attachments: "【붙임】 …", "【참고】 …". */
const POINTER_TEXT = /^\s*【\s*(붙임|별첨|참고)[^】]*】/;
const MAX_LEVEL = 4;

// ---------------------------------------------------------------- editor → release

const childrenOf = (node: EditorNodeJSON | undefined): EditorNodeJSON[] => node?.content ?? [];

/** Plain text of a textblock; a hard break is a line break. */
function plainText(node: EditorNodeJSON | undefined): string {
  return childrenOf(node)
    .map((child) => (child.type === 'text' ? (child.text ?? '') : child.type === 'hardBreak' ? '\n' : ''))
    .join('');
}

const nullIfEmpty = (text: string): string | null => (text.trim() === '' ? null : text);

function lineNotes(block: EditorNodeJSON): { text: string; notes: Note[] } {
  const [line, ...rest] = childrenOf(block);
  const notes = rest.filter((child) => child.type === 'note');
  const anchors = new Map<unknown, string>();
  let text = '';
  let refs = 0;
  for (const child of childrenOf(line)) {
    if (child.type === 'text') text += child.text ?? '';
    if (child.type === 'noteRef') {
      const term = /[^\s(（“‘"'「『<[]+$/u.exec(text)?.[0];
      if (term && !anchors.has(child.attrs?.id)) anchors.set(child.attrs?.id, term);
      text += '*'.repeat(++refs);
    }
  }
  return {
    text,
    notes: notes.map((n, i) => {
      const anchor = n.attrs?.id != null ? anchors.get(n.attrs.id) : undefined;
      return { marker: '*'.repeat(i + 1), text: plainText(n), ...(anchor ? { anchor } : {}) };
    }),
  };
}

function blocksFromEditor(nodes: EditorNodeJSON[], depth: number, glyphs: Glyphs): Block[] {
  return nodes.map((node) => blockFromEditor(node, depth, glyphs)).filter((block): block is Block => block !== null && !isEmptyBlock(block));
}

function blockFromEditor(node: EditorNodeJSON, depth: number, glyphs: Glyphs): Block | null {
  switch (node.type) {
    case 'paragraph':
    case 'item': {
      const { text, notes } = lineNotes(node);
      const children = blocksFromEditor(childrenOf(node).filter((c) => c.type === 'item' || c.type === 'remark'), depth + 1, glyphs);
      if (node.type === 'paragraph' && depth === 1) return { type: 'paragraph', text, notes, children };
      const level = Math.min(depth, MAX_LEVEL) as 1 | 2 | 3 | 4;
      return { type: 'item', level, marker: glyphs[level - 1]!, text, notes, children };
    }
    case 'heading':
      return { type: 'heading', text: plainText(node) };
    case 'remark':
      return { type: 'remark', text: plainText(node) };
    case 'pointer':
      return { type: 'paragraph', text: plainText(node), notes: [], children: [] };
    case 'table': {
      const [caption, ...rows] = childrenOf(node);
      const captionText = plainText(caption);
      return {
        type: 'table',
        ...(captionText !== '' ? { caption: captionText } : {}),
        rows: rows.map((row) => childrenOf(row).map(plainText)),
      };
    }
    default:
      return null;
  }
}

/**
 * Blocks left empty (a template's unused □, a fresh line) are drafts, not content: they carry
 * no text, notes or children, so the release leaves them out rather than print bare markers.
 */
function isEmptyBlock(block: Block): boolean {
  if (block.type === 'table') return false;
  if (block.type === 'item' || block.type === 'paragraph') return block.text.trim() === '' && block.notes.length === 0 && block.children.length === 0;
  return block.text.trim() === '';
}

function contactFromText(text: string, role: Contact['role'], department: string | undefined, language: Language): Contact | null {
  const phoned = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(text.trim());
  const person = (phoned ? phoned[1]! : text).trim();
  const phone = phoned?.[2]?.trim();
  if (person === '' && !phone) return null;
  let rank: string | undefined;
  let name = person;
  if (language === 'en') {
    const comma = person.indexOf(',');
    if (comma >= 0) {
      name = person.slice(0, comma).trim();
      rank = person.slice(comma + 1).trim() || undefined;
    }
  } else {
    const space = person.search(/\s/);
    if (space >= 0) {
      rank = person.slice(0, space);
      name = person.slice(space).trim();
    }
  }
  return { role, ...(department ? { department } : {}), ...(rank ? { rank } : {}), name, ...(phone ? { phone } : {}) };
}

export function releaseFromEditor(editorDoc: EditorNodeJSON): Release {
  // Pending suggestions are not the release yet: exports show the text without them.
  const doc = withSuggestionsRejected(editorDoc);
  const language = documentLanguage(doc.attrs);
  const glyphs = documentGlyphs(doc.attrs);
  const parts = childrenOf(doc);
  const header = parts.find((p) => p.type === 'header');
  const field = (name: string) => plainText(childrenOf(header).find((c) => c.type === name));
  const kind = RELEASE_KINDS.includes(header?.attrs?.kind as ReleaseKind) ? (header!.attrs!.kind as ReleaseKind) : 'press-release';
  const distributed = nullIfEmpty(field('distribution'));
  const distributedYear = distributed ? Number(/(\d{4})\s*\./.exec(distributed)?.[1]) || null : null;

  const counts: Record<AttachmentKind, number> = { reference: 0, annex: 0 };
  const attachments: Attachment[] = parts
    .filter((p) => p.type === 'attachment')
    .map((page) => {
      const attachmentKind: AttachmentKind = page.attrs?.kind === 'annex' ? 'annex' : 'reference';
      const [title, ...blocks] = childrenOf(page);
      return {
        label: `${ATTACHMENT_WORDS[language][attachmentKind]} ${++counts[attachmentKind]}`,
        title: plainText(title),
        body: blocksFromEditor(blocks, 1, glyphs),
      };
    });

  const contacts: Contact[] = [];
  for (const group of childrenOf(parts.find((p) => p.type === 'contacts'))) {
    const [department, ...people] = childrenOf(group);
    const departmentText = plainText(department).trim() || undefined;
    for (const person of people) {
      const role = person.attrs?.role === 'head' ? 'head' : 'staff';
      const contact = contactFromText(plainText(person), role, departmentText, language);
      if (contact) contacts.push(contact);
    }
  }

  return {
    format: 'bodo.release',
    version: 1,
    language,
    kind,
    agency: nullIfEmpty(field('agency')),
    embargo: parseEmbargo(field('embargo'), distributedYear),
    distributed,
    title: plainText(parts.find((p) => p.type === 'title')),
    subtitles: parts
      .filter((p) => p.type === 'subtitle')
      .map(plainText)
      .filter((subtitle) => subtitle.trim() !== ''),
    body: blocksFromEditor(childrenOf(parts.find((p) => p.type === 'body')), 1, glyphs),
    attachments,
    contacts,
  };
}

// ---------------------------------------------------------------- release → editor

const textContent = (text: string): EditorNodeJSON[] => (text === '' ? [] : [{ type: 'text', text }]);
const textblock = (type: string, text: string, attrs?: Record<string, unknown>): EditorNodeJSON => ({
  type,
  ...(attrs ? { attrs } : {}),
  content: textContent(text),
});
const emptyLine = (): EditorNodeJSON => ({ type: 'line', content: [] });

/** The glyph the release uses at each level (the first one met), defaults elsewhere. */
function glyphsOf(release: Release): Glyphs {
  const glyphs: (string | undefined)[] = [undefined, undefined, undefined, undefined];
  const visit = (blocks: Block[]) => {
    for (const block of blocks) {
      if (block.type === 'item') glyphs[block.level - 1] ??= block.marker;
      if (block.type === 'item' || block.type === 'paragraph') visit(block.children);
    }
  };
  visit(release.body);
  release.attachments.forEach((a) => visit(a.body));
  return glyphs.map((g, i) => g ?? DEFAULT_GLYPHS[i]!) as Glyphs;
}

class EditorBuilder {
  private nextNoteId = 1;

  /** The line and notes of a block: `*` runs after a term that match the block's next note become refs. */
  lineAndNotes(text: string, notes: Note[]): EditorNodeJSON[] {
    const ids = notes.map(() => `note-${this.nextNoteId++}`);
    const linked = new Set<number>();
    const inline: EditorNodeJSON[] = [];
    let last = 0;
    for (const match of text.matchAll(/\*+/g)) {
      const at = match.index;
      const noteIndex = notes.findIndex((n, i) => !linked.has(i) && n.marker === match[0]);
      const followsTerm = at > 0 && !/\s/.test(text[at - 1]!);
      if (!followsTerm || match[0].length !== linked.size + 1 || noteIndex < 0) continue;
      linked.add(noteIndex);
      inline.push(...textContent(text.slice(last, at)), { type: 'noteRef', attrs: { id: ids[noteIndex] } });
      last = at + match[0].length;
    }
    inline.push(...textContent(text.slice(last)));
    const order = [...linked, ...notes.map((_, i) => i).filter((i) => !linked.has(i))];
    return [
      { type: 'line', content: inline },
      ...order.map((i) => ({ type: 'note', attrs: { id: linked.has(i) ? ids[i] : `note-${this.nextNoteId++}` }, content: textContent(notes[i]!.text) })),
    ];
  }

  /** Blocks at a depth; blocks that cannot nest (headings, tables) are lifted out after their parent. */
  blocks(blocks: Block[], depth: number, lifted: EditorNodeJSON[]): EditorNodeJSON[] {
    const nodes: EditorNodeJSON[] = [];
    for (const block of blocks) {
      const after: EditorNodeJSON[] = depth === 1 ? [] : lifted;
      let node: EditorNodeJSON;
      switch (block.type) {
        case 'paragraph':
        case 'item': {
          const nested = block.children.length > 0 ? this.blocks(block.children, depth + 1, after) : [];
          const content = [...this.lineAndNotes(block.text, block.notes), ...nested];
          if (depth > 1 || block.type === 'item') {
            node = { type: 'item', attrs: { level: Math.min(depth, MAX_LEVEL) }, content };
          } else if (block.notes.length === 0 && block.children.length === 0 && POINTER_TEXT.test(block.text)) {
            node = textblock('pointer', block.text);
          } else {
            node = { type: 'paragraph', content };
          }
          break;
        }
        case 'remark':
          node = textblock('remark', block.text);
          break;
        case 'heading':
          node = textblock('heading', block.text);
          break;
        case 'table': {
          const rows = block.rows.length > 0 ? block.rows : [['']];
          node = {
            type: 'table',
            content: [
              textblock('tableCaption', block.caption ?? ''),
              ...rows.map((row) => ({ type: 'tableRow', content: (row.length > 0 ? row : ['']).map((cell) => textblock('tableCell', cell)) })),
            ],
          };
          break;
        }
      }
      if (depth > 1 && (node.type === 'heading' || node.type === 'table' || node.type === 'pointer')) lifted.push(node);
      else nodes.push(node, ...(depth === 1 ? after : []));
    }
    return nodes;
  }
}

function contactText(contact: Contact, language: Language): string {
  const person = language === 'en' ? [contact.name, contact.rank].filter(Boolean).join(', ') : [contact.rank, contact.name].filter(Boolean).join(' ');
  return contact.phone ? `${person} (${contact.phone})` : person;
}

export function editorFromRelease(release: Release): EditorNodeJSON {
  const builder = new EditorBuilder();
  const blocksOrStarter = (blocks: Block[], starter: EditorNodeJSON) => {
    const nodes = builder.blocks(blocks, 1, []);
    return nodes.length > 0 ? nodes : [starter];
  };
  const titleParts = release.title.split('\n').flatMap((part, i): EditorNodeJSON[] => [
    ...(i > 0 ? [{ type: 'hardBreak' }] : []),
    ...textContent(part),
  ]);

  const groups: EditorNodeJSON[] = [];
  let groupDepartment: string | undefined | null = null;
  for (const contact of release.contacts) {
    const person = textblock('contact', contactText(contact, release.language), { role: contact.role });
    if (groups.length > 0 && contact.department === groupDepartment) {
      groups[groups.length - 1]!.content!.push(person);
    } else {
      groups.push({ type: 'contactGroup', content: [textblock('department', contact.department ?? ''), person] });
      groupDepartment = contact.department;
    }
  }

  return {
    type: 'doc',
    attrs: { language: release.language, glyphs: glyphsOf(release) },
    content: [
      {
        type: 'header',
        attrs: { kind: release.kind },
        content: [
          textblock('agency', release.agency ?? ''),
          textblock('embargo', release.embargo?.text ?? ''),
          textblock('distribution', release.distributed ?? ''),
        ],
      },
      { type: 'title', content: titleParts },
      ...release.subtitles.map((subtitle) => textblock('subtitle', subtitle)),
      { type: 'body', content: blocksOrStarter(release.body, { type: 'paragraph', content: [emptyLine()] }) },
      ...release.attachments.map((attachment) => ({
        type: 'attachment',
        attrs: { kind: ANNEX_LABEL.test(attachment.label) ? 'annex' : 'reference' },
        content: [
          textblock('attachmentTitle', attachment.title),
          ...blocksOrStarter(attachment.body, { type: 'item', attrs: { level: 1 }, content: [emptyLine()] }),
        ],
      })),
      { type: 'contacts', content: groups },
    ],
  };
}

/** A new untitled document holding a release (imports, the sample release, `bodo convert --to bodo`). */
export function documentFromRelease(release: Release, now: Date, template?: string): BodoDocument {
  return newEnvelope(editorFromRelease(release), release.language, now, template);
}
