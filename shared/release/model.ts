/**
 * The release model: the one structure between every importer, exporter and the editor
 * (house-style §7). Its JSON form *is* the release JSON export, so these schemas validate
 * both what we read from outside and what we write.
 */
import { z } from 'zod';

export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const RELEASE_KINDS = ['press-release', 'background', 'explanation', 'rebuttal'] as const;
export type ReleaseKind = (typeof RELEASE_KINDS)[number];

export const noteSchema = z.object({
  marker: z.string().regex(/^\*{1,9}$/),
  text: z.string(),
  /** The marked term, when known (the editor knows it; pasted text often does not). */
  anchor: z.string().optional(),
});
export type Note = z.infer<typeof noteSchema>;

export type HeadingBlock = { type: 'heading'; text: string };
export type ParagraphBlock = { type: 'paragraph'; text: string; notes: Note[]; children: Block[] };
export type ItemBlock = {
  type: 'item';
  level: 1 | 2 | 3 | 4;
  marker: string;
  text: string;
  notes: Note[];
  children: Block[];
};
export type RemarkBlock = { type: 'remark'; text: string };
export type TableBlock = { type: 'table'; caption?: string; rows: string[][] };
export type Block = HeadingBlock | ParagraphBlock | ItemBlock | RemarkBlock | TableBlock;

export const blockSchema: z.ZodType<Block> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('heading'), text: z.string() }),
    z.object({
      type: z.literal('paragraph'),
      text: z.string(),
      notes: z.array(noteSchema),
      children: z.array(blockSchema),
    }),
    z.object({
      type: z.literal('item'),
      level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      marker: z.string().min(1),
      text: z.string(),
      notes: z.array(noteSchema),
      children: z.array(blockSchema),
    }),
    z.object({ type: z.literal('remark'), text: z.string() }),
    z.object({
      type: z.literal('table'),
      caption: z.string().optional(),
      rows: z.array(z.array(z.string())),
    }),
  ]),
);

export const embargoSchema = z.object({
  /** As written, e.g. "2026. 12. 3.(목) 12:00 이후(12. 4.(금) 조간)". */
  text: z.string(),
  /** Lift time for online media, "YYYY-MM-DDTHH:mm:ss+09:00", null when none is given. */
  online: z.string().nullable().optional(),
  /** The print edition as written, e.g. "12. 4.(금) 조간". */
  print: z.string().nullable().optional(),
  immediate: z.boolean(),
});
export type Embargo = z.infer<typeof embargoSchema>;

export const attachmentSchema = z.object({
  /** "참고 1", "붙임 2" … (English documents may use "Reference 1"). */
  label: z.string(),
  title: z.string(),
  body: z.array(blockSchema),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const contactSchema = z.object({
  role: z.enum(['head', 'staff']),
  department: z.string().optional(),
  rank: z.string().optional(),
  name: z.string(),
  phone: z.string().optional(),
});
export type Contact = z.infer<typeof contactSchema>;

export const releaseSchema = z.object({
  format: z.literal('bodo.release'),
  version: z.literal(1),
  language: z.enum(LANGUAGES),
  kind: z.enum(RELEASE_KINDS),
  agency: z.string().nullable(),
  embargo: embargoSchema.nullable(),
  distributed: z.string().nullable(),
  /** A two-line title keeps its line break as "\n". */
  title: z.string(),
  subtitles: z.array(z.string()),
  body: z.array(blockSchema),
  attachments: z.array(attachmentSchema),
  contacts: z.array(contactSchema),
});
export type Release = z.infer<typeof releaseSchema>;

/** An empty release in the given language: what importers start from. */
export function emptyRelease(language: Language = 'ko'): Release {
  return {
    format: 'bodo.release',
    version: 1,
    language,
    kind: 'press-release',
    agency: null,
    embargo: null,
    distributed: null,
    title: '',
    subtitles: [],
    body: [],
    attachments: [],
    contacts: [],
  };
}
