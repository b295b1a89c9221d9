// @vitest-environment jsdom
import type { Node as PMNode } from '@tiptap/pm/model';
import { afterEach, describe, expect, it } from 'vitest';
import { flatten, rebuild } from './outline';
import { destroyEditors, documentWith, editorWith, item, paragraph } from './testing';

afterEach(destroyEditors);

describe('rebuilding an outline', () => {
  it('keeps the node marks of items and paragraphs (pending block suggestions)', () => {
    const marked = (block: ReturnType<typeof item>, type: string, id: string) => ({ ...block, marks: [{ type, attrs: { id, author: '김과장' } }] });
    const editor = editorWith(
      documentWith([marked(item(1, '새 과제', marked(item(2, '세부'), 'deletion', 'b')), 'insertion', 'a'), marked(paragraph('문단'), 'insertion', 'c')]),
    );
    const body = editor.state.doc.child(2);
    const blocks: PMNode[] = [];
    body.forEach((block) => blocks.push(block));
    const entries = flatten(blocks, 0).map((entry) => ({ ...entry, level: entry.level + (entry.kind === 'paragraph' ? 1 : 0) }));
    const rebuilt = rebuild(editor.schema, entries);
    const marksOf = (node: PMNode) => {
      const found: string[] = [];
      node.descendants((child) => {
        for (const mark of child.marks) found.push(`${child.type.name} ${mark.type.name} ${String(mark.attrs.id)}`);
      });
      return found;
    };
    // The paragraph is now an item under the first block, and every block kept its mark.
    expect(rebuilt).toHaveLength(1);
    expect(marksOf(editor.schema.nodes.body!.create(null, rebuilt))).toEqual(['item insertion a', 'item deletion b', 'item insertion c']);
  });
});
