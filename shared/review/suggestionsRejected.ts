/**
 * Exports show a document as if its pending suggestions were all rejected (the text as it was
 * before the review's suggestions); a document without any passes through untouched.
 */
import { Node as PMNode } from '@tiptap/pm/model';
import type { EditorNodeJSON } from '../document/envelope';
import { editorSchema } from '../schema';
import { SUGGESTION_KINDS, withoutSuggestions } from './suggestions';

function hasSuggestions(node: EditorNodeJSON): boolean {
  return (
    (node.marks ?? []).some((mark) => SUGGESTION_KINDS.some((kind) => kind === mark.type)) || (node.content ?? []).some(hasSuggestions)
  );
}

export function withSuggestionsRejected(doc: EditorNodeJSON): EditorNodeJSON {
  if (!hasSuggestions(doc)) return doc;
  return withoutSuggestions(PMNode.fromJSON(editorSchema(), doc)).toJSON() as EditorNodeJSON;
}
