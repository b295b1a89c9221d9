/**
 * What the three suggestion marks (insertion, deletion, modification: the names and attributes
 * @handlewithcare/prosemirror-suggest-changes works with) share: the suggestion's id, who made
 * it, and the `suggestion` group, which the container nodes allow so whole blocks can carry them.
 */
import type { Attributes } from '@tiptap/core';

export const SUGGESTION_GROUP = 'suggestion';

const jsonAttribute = (name: string): Attributes[string] => ({
  default: null,
  parseHTML: (element) => {
    const value = element.getAttribute(`data-suggestion-${name}`);
    return value === null ? null : (JSON.parse(value) as unknown);
  },
  renderHTML: (attributes) => ({ [`data-suggestion-${name}`]: JSON.stringify(attributes[name]) }),
});

/** `id` links the pieces of one suggestion; `author` is the name it was made under. */
export function suggestionAttributes(...extra: string[]): Attributes {
  return {
    id: jsonAttribute('id'),
    author: {
      default: null,
      parseHTML: (element) => element.getAttribute('data-author'),
      renderHTML: (attributes) => (attributes.author ? { 'data-author': attributes.author as string } : {}),
    },
    ...Object.fromEntries(extra.map((name) => [name, jsonAttribute(name)])),
  };
}
