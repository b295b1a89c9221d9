/**
 * The editor's extensions: the release schema, plus nothing the page would need to inject.
 */
import { bodoExtensions } from '../../shared/schema';
import { editorSchema } from '../../shared/schema';
import type { BodoDocument } from '../../shared/document/envelope';

export const editorExtensions = () => bodoExtensions();

// Stand-in until shared/document/templates.ts lands.
export function newDocument(template: string | undefined, now: Date): BodoDocument {
  const stamp = now.toISOString();
  return {
    format: 'bodo.document',
    version: 1,
    meta: { language: 'ko', template, created: stamp, modified: stamp },
    content: editorSchema.topNodeType.createAndFill()!.toJSON(),
    comments: [],
    versions: [],
  };
}
