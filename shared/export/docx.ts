/**
 * A real Word file (house-style §5): one paragraph style per level in the house fonts, hanging
 * indents with the glyph as text and a tab to the text column, notes under their blocks, the
 * header, title box and contacts as tables, A4 with MSIT margins, 참고 pages on new pages.
 */
import {
  AlignmentType,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  LineRuleType,
  Packer,
  Paragraph,
  SectionType,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
  type ICommentOptions,
  type IParagraphOptions,
  type IParagraphStyleOptions,
  type ParagraphChild,
} from 'docx';
import { CONTACT_LABELS, HEADER_LABELS, KIND_LABELS, REMARK_GLYPH } from '../release/labels';
import type { Attachment, Block, Note, Release, TableBlock } from '../release/model';
import {
  NOTE_EXTRA_SPACES,
  blockSpaces,
  captionText,
  contactRoleLabel,
  glyphWidthEm,
  groupContacts,
  hangingIndentEm,
  titleLines,
} from './layout';
import {
  EMBARGO_BLUE,
  LINE_HEIGHT,
  PAGE,
  SPACE_BEFORE_PT,
  TABLE_HEADER_SHADE,
  TYPOGRAPHY,
  type Face,
} from './typography';

/** Word measures in twips (1/20 pt) and font sizes in half-points. */
const TWIPS_PER_PT = 20;
const hex = (color: string) => color.replace('#', '');

/**
 * Paragraph styles by role. The names are a contract: an importer can map them back (mammoth
 * styleMap `p[style-name='Bodo level 2 ㅇ']`), so a Bodo .docx reads back exactly.
 */
export const DOCX_STYLES = {
  kind: { id: 'BodoKind', name: 'Bodo kind' },
  header: { id: 'BodoHeader', name: 'Bodo header' },
  title: { id: 'BodoTitle', name: 'Bodo title' },
  subtitle: { id: 'BodoSubtitle', name: 'Bodo subtitle' },
  heading: { id: 'BodoHeading', name: 'Bodo heading' },
  paragraph: { id: 'BodoParagraph', name: 'Bodo paragraph' },
  level1: { id: 'BodoItem1', name: 'Bodo level 1 □' },
  level2: { id: 'BodoItem2', name: 'Bodo level 2 ㅇ' },
  level3: { id: 'BodoItem3', name: 'Bodo level 3 -' },
  level4: { id: 'BodoItem4', name: 'Bodo level 4 ·' },
  note: { id: 'BodoNote', name: 'Bodo note *' },
  remark: { id: 'BodoRemark', name: 'Bodo remark ※' },
  table: { id: 'BodoTable', name: 'Bodo table' },
  attachmentTitle: { id: 'BodoAttachmentTitle', name: 'Bodo attachment title' },
  contacts: { id: 'BodoContacts', name: 'Bodo contacts' },
} as const;

const STYLE = {
  title: DOCX_STYLES.title.id,
  subtitle: DOCX_STYLES.subtitle.id,
  heading: DOCX_STYLES.heading.id,
  paragraph: DOCX_STYLES.paragraph.id,
  item: [DOCX_STYLES.level1.id, DOCX_STYLES.level2.id, DOCX_STYLES.level3.id, DOCX_STYLES.level4.id],
  note: DOCX_STYLES.note.id,
  remark: DOCX_STYLES.remark.id,
  table: DOCX_STYLES.table.id,
  header: DOCX_STYLES.header.id,
  kind: DOCX_STYLES.kind.id,
  attachmentTitle: DOCX_STYLES.attachmentTitle.id,
  contacts: DOCX_STYLES.contacts.id,
} as const;

/** One entry of a review thread, as Word shows a comment or a reply. */
export type DocxCommentEntry = { author: string; date?: Date; text: string };

/**
 * A review thread written as a Word comment (the release model has no comments, so they come
 * alongside it). It marks the first paragraph of its page that holds `quote`: `page` 0 is the
 * main page (title, subtitles, body), n the n-th 참고 page; if the text is gone, the page's title.
 */
export type DocxComment = { page: number; quote: string; resolved: boolean; entries: readonly [DocxCommentEntry, ...DocxCommentEntry[]] };

export type DocxExportOptions = { comments?: readonly DocxComment[] };

export async function releaseToDocx(release: Release, options: DocxExportOptions = {}): Promise<Uint8Array> {
  const page = {
    size: { width: convertMillimetersToTwip(PAGE.widthMm), height: convertMillimetersToTwip(PAGE.heightMm) },
    margin: {
      top: convertMillimetersToTwip(PAGE.top),
      bottom: convertMillimetersToTwip(PAGE.bottom),
      left: convertMillimetersToTwip(PAGE.left),
      right: convertMillimetersToTwip(PAGE.right),
    },
  };
  const anchors = new CommentAnchors(options.comments ?? []);
  const sections = [
    { properties: { page }, children: mainPage(release, anchors.page(0)) },
    // Each 참고 page is its own section, so it starts on a new printed page (§1.8).
    ...release.attachments.map((attachment, index) => ({
      properties: { page, type: SectionType.NEXT_PAGE },
      children: attachmentPage(attachment, anchors.page(index + 1)),
    })),
  ];
  anchors.finish();
  const document = new Document({
    creator: 'Bodo',
    title: titleLines(release.title).join(' '),
    styles: { paragraphStyles: paragraphStyles() },
    ...(anchors.definitions.length > 0 ? { comments: { children: anchors.definitions } } : {}),
    sections,
  });
  // toArrayBuffer works in the browser and in Node alike (toBuffer needs Node's Buffer).
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

// ---------------------------------------------------------------------------------------------
// Review comments

/** Makes the paragraphs of one page, marking those that hold a comment's text. */
type PageAnchors = { paragraph(options: Omit<IParagraphOptions, 'text' | 'children'>, text: string, runs?: ParagraphChild[]): Paragraph };

/** Places the comments on paragraphs as they are made, and numbers them (a reply after its comment) as Word wants. */
class CommentAnchors {
  readonly definitions: ICommentOptions[] = [];
  private readonly waiting: { comment: DocxComment; id: number }[] = [];
  /** The first paragraph of each page: where comments whose text is gone end up. */
  private readonly firstParagraphs = new Map<number, Paragraph>();

  constructor(comments: readonly DocxComment[]) {
    for (const comment of comments) {
      const id = this.definitions.length;
      this.waiting.push({ comment, id });
      comment.entries.forEach((entry, index) =>
        this.definitions.push({
          id: id + index,
          author: entry.author,
          initials: initialsOf(entry.author),
          ...(entry.date ? { date: entry.date } : {}),
          children: entry.text.split(/\r?\n/).map((line) => new Paragraph({ text: line })),
          ...(index > 0 ? { parentId: id } : {}),
          ...(comment.resolved ? { resolved: true } : {}),
        }),
      );
    }
  }

  page(page: number): PageAnchors {
    return {
      paragraph: (options, text, runs = [new TextRun(text)]) => {
        const marked = this.take((waiting) => waiting.comment.page === page && waiting.comment.quote !== '' && text.includes(waiting.comment.quote));
        const paragraph = new Paragraph({ ...options, children: [...marked.map((id) => new CommentRangeStart(id)), ...runs, ...marked.flatMap(commentEnd)] });
        if (!this.firstParagraphs.has(page)) this.firstParagraphs.set(page, paragraph);
        return paragraph;
      },
    };
  }

  /** Comments whose text was not found mark the end of their page's title. */
  finish(): void {
    for (const [page, paragraph] of this.firstParagraphs) {
      for (const id of this.take((waiting) => waiting.comment.page === page)) {
        paragraph.addChildElement(new CommentRangeStart(id));
        for (const end of commentEnd(id)) paragraph.addChildElement(end);
      }
    }
  }

  private take(matches: (waiting: { comment: DocxComment; id: number }) => boolean): number[] {
    const taken = this.waiting.filter(matches);
    for (const waiting of taken) this.waiting.splice(this.waiting.indexOf(waiting), 1);
    return taken.map((waiting) => waiting.id);
  }
}

const commentEnd = (id: number) => [new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })];

const initialsOf = (author: string) =>
  author
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => [...word][0])
    .join('')
    .slice(0, 4);

// ---------------------------------------------------------------------------------------------
// Styles

function style(
  { id, name }: { id: string; name: string },
  face: Face,
  paragraph: IParagraphStyleOptions['paragraph'] = {},
): IParagraphStyleOptions {
  const fontName = face.fonts[0] ?? '';
  return {
    id,
    name,
    basedOn: 'Normal',
    quickFormat: true,
    run: {
      font: { ascii: fontName, hAnsi: fontName, eastAsia: fontName, cs: fontName },
      size: face.sizePt * 2,
      bold: face.bold ?? false,
    },
    paragraph: {
      spacing: { line: Math.round(240 * LINE_HEIGHT), lineRule: LineRuleType.AUTO, before: 0, after: 0 },
      ...paragraph,
    },
  };
}

function paragraphStyles(): IParagraphStyleOptions[] {
  const before = (pt: number) => ({ spacing: spacing(pt) });
  const compact = { spacing: { line: 240, lineRule: LineRuleType.AUTO } };
  return [
    style(DOCX_STYLES.title, TYPOGRAPHY.title, { alignment: AlignmentType.CENTER }),
    style(DOCX_STYLES.attachmentTitle, TYPOGRAPHY.title, { alignment: AlignmentType.CENTER }),
    style(DOCX_STYLES.subtitle, TYPOGRAPHY.subtitle, { alignment: AlignmentType.CENTER }),
    style(DOCX_STYLES.heading, TYPOGRAPHY.heading, { spacing: spacing(14), keepNext: true }),
    style(DOCX_STYLES.paragraph, TYPOGRAPHY.paragraph, before(SPACE_BEFORE_PT[1])),
    style(DOCX_STYLES.level1, TYPOGRAPHY.item, before(SPACE_BEFORE_PT[1])),
    style(DOCX_STYLES.level2, TYPOGRAPHY.item, before(SPACE_BEFORE_PT[2])),
    style(DOCX_STYLES.level3, TYPOGRAPHY.item, before(SPACE_BEFORE_PT[3])),
    style(DOCX_STYLES.level4, TYPOGRAPHY.item, before(SPACE_BEFORE_PT[4])),
    style(DOCX_STYLES.note, TYPOGRAPHY.note, before(SPACE_BEFORE_PT.note)),
    style(DOCX_STYLES.remark, TYPOGRAPHY.note, before(SPACE_BEFORE_PT.note)),
    style(DOCX_STYLES.table, TYPOGRAPHY.table, compact),
    style(DOCX_STYLES.contacts, TYPOGRAPHY.table, compact),
    style(DOCX_STYLES.header, TYPOGRAPHY.header, compact),
    style(DOCX_STYLES.kind, TYPOGRAPHY.kind, compact),
  ];
}

function spacing(beforePt: number) {
  return { before: beforePt * TWIPS_PER_PT, line: Math.round(240 * LINE_HEIGHT), lineRule: LineRuleType.AUTO };
}

// ---------------------------------------------------------------------------------------------
// Pages

type Content = Paragraph | Table;

function mainPage(release: Release, anchors: PageAnchors): Content[] {
  return [
    ...header(release),
    titleBox(titleLines(release.title), STYLE.title, anchors),
    ...release.subtitles.map((subtitle) => anchors.paragraph({ style: STYLE.subtitle }, `- ${subtitle}`)),
    ...release.body.flatMap((block) => blockContent(block, 0, anchors)),
    ...contacts(release),
  ];
}

function attachmentPage(attachment: Attachment, anchors: PageAnchors): Content[] {
  return [
    titleBox([`${attachment.label}  ${attachment.title}`], STYLE.attachmentTitle, anchors),
    ...attachment.body.flatMap((block) => blockContent(block, 0, anchors)),
  ];
}

const SINGLE = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const BOX = { top: SINGLE, bottom: SINGLE, left: SINGLE, right: SINGLE };

function cell(text: string, options: { style?: string; span?: number; shaded?: boolean; bold?: boolean; color?: string } = {}): TableCell {
  return new TableCell({
    columnSpan: options.span,
    shading: options.shaded ? { fill: hex(TABLE_HEADER_SHADE) } : undefined,
    borders: BOX,
    children: text.split(/\r?\n/).map(
      (line) =>
        new Paragraph({
          style: options.style ?? STYLE.table,
          children: [new TextRun({ text: line, bold: options.bold, color: options.color })],
        }),
    ),
  });
}

const fullWidth = { size: 100, type: WidthType.PERCENTAGE };

/** The header table: kind and agency, then 보도시점 (blue, MSIT style) and 배포 (§1.2). */
function header(release: Release): Content[] {
  if (release.agency === null && release.embargo === null && release.distributed === null) return [];
  const labels = HEADER_LABELS[release.language];
  const rows = [
    new TableRow({
      children: [
        cell(KIND_LABELS[release.language][release.kind], { style: STYLE.kind, span: 2 }),
        cell(release.agency ?? '', { style: STYLE.header, span: 2 }),
      ],
    }),
    new TableRow({
      children: [
        cell(labels.embargo, { style: STYLE.header, shaded: true }),
        cell(release.embargo?.text ?? '', { style: STYLE.header, color: hex(EMBARGO_BLUE) }),
        cell(labels.distributed, { style: STYLE.header, shaded: true }),
        cell(release.distributed ?? '', { style: STYLE.header }),
      ],
    }),
  ];
  return [new Table({ width: fullWidth, rows }), new Paragraph({ style: STYLE.header })];
}

/** The title box: a one-cell table with a border, as in the printed release. */
function titleBox(lines: string[], styleId: string, anchors: PageAnchors): Table {
  return new Table({
    width: fullWidth,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            borders: BOX,
            children: lines.map((line) => anchors.paragraph({ style: styleId }, line)),
          }),
        ],
      }),
    ],
  });
}

/** A line with its glyph, hanging so wrapped lines align with the text (§5). */
function hangingParagraph(
  anchors: PageAnchors,
  styleId: string,
  face: Face,
  spaces: number,
  glyph: string,
  text: string,
  hangGlyph = glyph,
): Paragraph {
  const twipsPerEm = face.sizePt * TWIPS_PER_PT;
  const { left } = hangingIndentEm(spaces, hangGlyph);
  // A shorter note marker hangs less from the same text column, so asterisks right-align (§3).
  const hanging = glyphWidthEm(glyph) + 0.5;
  return anchors.paragraph(
    { style: styleId, indent: { left: Math.round(left * twipsPerEm), hanging: Math.round(hanging * twipsPerEm) } },
    text,
    // Word and LibreOffice put a tab stop at the hanging indent: the text starts exactly there.
    [new TextRun({ children: [glyph, new Tab(), text] })],
  );
}

function blockContent(block: Block, remarkSpaces: number, anchors: PageAnchors): Content[] {
  switch (block.type) {
    case 'heading':
      return [anchors.paragraph({ style: STYLE.heading }, block.text)];
    case 'remark':
      return [hangingParagraph(anchors, STYLE.remark, TYPOGRAPHY.note, remarkSpaces, REMARK_GLYPH, block.text)];
    case 'table':
      return tableContent(block, anchors);
    case 'paragraph':
    case 'item': {
      const spaces = blockSpaces(block);
      const line =
        block.type === 'item'
          ? hangingParagraph(anchors, STYLE.item[block.level - 1] ?? STYLE.item[0], TYPOGRAPHY.item, spaces, block.marker, block.text)
          : anchors.paragraph({ style: STYLE.paragraph }, block.text);
      return [
        line,
        ...notes(block.notes, spaces, anchors),
        ...block.children.flatMap((child) => blockContent(child, spaces + NOTE_EXTRA_SPACES, anchors)),
      ];
    }
  }
}

function notes(blockNotes: readonly Note[], spaces: number, anchors: PageAnchors): Paragraph[] {
  const widest = blockNotes.reduce((longest, note) => (note.marker.length > longest.length ? note.marker : longest), '');
  return blockNotes.map((note) =>
    hangingParagraph(anchors, STYLE.note, TYPOGRAPHY.note, spaces + NOTE_EXTRA_SPACES, note.marker, note.text, widest),
  );
}

/** `< caption >` above a table whose first row is the shaded header row (§5). */
function tableContent(table: TableBlock, anchors: PageAnchors): Content[] {
  const content: Content[] = [];
  if (table.caption !== undefined) {
    const caption = captionText(table.caption);
    content.push(
      anchors.paragraph(
        { style: STYLE.table, alignment: AlignmentType.CENTER, spacing: { before: SPACE_BEFORE_PT[1] * TWIPS_PER_PT, after: 4 * TWIPS_PER_PT } },
        caption,
        [new TextRun({ text: caption, bold: true })],
      ),
    );
  }
  const columns = Math.max(1, ...table.rows.map((row) => row.length));
  if (table.rows.length === 0) return content;
  const rows = table.rows.map(
    (row, index) =>
      new TableRow({
        tableHeader: index === 0,
        children: Array.from({ length: columns }, (_, column) =>
          cell(row[column] ?? '', { shaded: index === 0, bold: index === 0 }),
        ),
      }),
  );
  content.push(new Table({ width: fullWidth, rows }));
  return content;
}

/** The contact table (§1.7): a department row, then one row per person. */
function contacts(release: Release): Content[] {
  if (release.contacts.length === 0) return [];
  const { language } = release;
  const rows: TableRow[] = [];
  for (const group of groupContacts(release.contacts)) {
    if (group.department !== undefined) {
      rows.push(
        new TableRow({
          children: [
            cell(CONTACT_LABELS[language].department, { style: STYLE.contacts, shaded: true, bold: true }),
            cell(group.department, { style: STYLE.contacts, span: 3 }),
          ],
        }),
      );
    }
    for (const person of group.people) {
      // English reads "Name, Title" (§6.8), Korean "과장 이영희".
      const names = language === 'en' ? [person.name, person.rank ?? ''] : [person.rank ?? '', person.name];
      rows.push(
        new TableRow({
          children: [
            cell(contactRoleLabel(person, language), { style: STYLE.contacts, shaded: true, bold: true }),
            ...names.map((text) => cell(text, { style: STYLE.contacts })),
            cell(person.phone ?? '', { style: STYLE.contacts }),
          ],
        }),
      );
    }
  }
  return [new Paragraph({ style: STYLE.paragraph }), new Table({ width: fullWidth, rows })];
}
