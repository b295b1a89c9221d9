/**
 * The editor's extensions. Temporary stand-in until shared/schema lands: plain StarterKit.
 */
import StarterKit from '@tiptap/starter-kit';
import type { AnyExtension } from '@tiptap/core';

export function editorExtensions(): AnyExtension[] {
  return [StarterKit];
}

import type { BodoDocument } from '../../shared/document/envelope';
export function newDocument(template: string | undefined, now: Date): BodoDocument {
  const stamp = now.toISOString();
  return {
    format: 'bodo.document',
    version: 1,
    meta: { language: 'ko', template, created: stamp, modified: stamp },
    content: { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '제목' }] }, { type: 'paragraph' }] },
    comments: [],
    versions: [],
  };
}
