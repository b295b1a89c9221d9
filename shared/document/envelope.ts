/**
 * The `.bodo` file: an envelope around the editor document (ProseMirror JSON) with room for
 * review data. Defined once here; the main process and the renderer both validate with it.
 */
import { z } from 'zod';
import { silenceSchema } from '../checks/schema';
import { LANGUAGES } from '../release/model';

/** The version this build writes. Older files are migrated up on open (see migrations.ts). */
export const DOCUMENT_VERSION = 1;
export const DOCUMENT_FORMAT = 'bodo.document';

/** ProseMirror's JSON shape, checked loosely here; the schema check happens in load.ts. */
export type EditorNodeJSON = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: EditorNodeJSON[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
};
export const editorNodeSchema: z.ZodType<EditorNodeJSON> = z.lazy(() =>
  z.object({
    type: z.string().min(1),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(editorNodeSchema).optional(),
    marks: z
      .array(z.object({ type: z.string().min(1), attrs: z.record(z.string(), z.unknown()).optional() }))
      .optional(),
    text: z.string().optional(),
  }),
);

export const documentMetaSchema = z.object({
  language: z.enum(LANGUAGES),
  /** Template the document was started from, for information only. */
  template: z.string().optional(),
  created: z.string(),
  modified: z.string(),
});
export type DocumentMeta = z.infer<typeof documentMetaSchema>;

export const bodoDocumentSchema = z.object({
  format: z.literal(DOCUMENT_FORMAT),
  version: z.literal(DOCUMENT_VERSION),
  meta: documentMetaSchema,
  content: editorNodeSchema,
  /** Review data (comment threads, versions, status); filled by the review feature. */
  comments: z.array(z.unknown()).default([]),
  versions: z.array(z.unknown()).default([]),
  /** Approval status changes, oldest first (shared/review/status.ts); absent in older files. */
  statusHistory: z.array(z.unknown()).optional(),
  /** House-style findings the author chose to keep, each with a reason; absent in older files. */
  silenced: z.array(silenceSchema).optional(),
});
export type BodoDocument = z.infer<typeof bodoDocumentSchema>;

/**
 * The same envelope with only the content's root checked for shape. For readers that check the
 * content against the editor schema next (the file loader, the renderer opening a document):
 * building ProseMirror nodes from the JSON walks every node and is stricter than the shape, and
 * a second, recursive walk of a 5,000-block document cost more than the rest of opening it.
 */
export const bodoEnvelopeSchema = bodoDocumentSchema.extend({
  content: z.custom<EditorNodeJSON>(
    (value) => typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string',
    'the content is not an editor document',
  ),
});

/** A new, never-saved document around editor content (templates, imports, the sample release). */
export function newEnvelope(content: EditorNodeJSON, language: DocumentMeta['language'], now: Date, template?: string): BodoDocument {
  const stamp = now.toISOString();
  return {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    meta: { language, ...(template === undefined ? {} : { template }), created: stamp, modified: stamp },
    content,
    comments: [],
    versions: [],
  };
}
