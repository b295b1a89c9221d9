/**
 * How every document node meets the DOM: one element carrying `data-type="<node name>"`, which
 * the stylesheet (renderer/editor/release.css), the app and the end-to-end tests all key on.
 */
import { mergeAttributes } from '@tiptap/core';

type DomSpec = [string, Record<string, unknown>, 0] | [string, Record<string, unknown>];

/** parseHTML/renderHTML for a node drawn as `<tag data-type="name">`; leaf nodes have no content hole. */
export function taggedAs(tag: string, name: string, options: { leaf?: boolean } = {}) {
  return {
    parseHTML: () => [{ tag: `${tag}[data-type="${name}"]` }],
    renderHTML: ({ HTMLAttributes }: { HTMLAttributes: Record<string, unknown> }): DomSpec => {
      const attrs = mergeAttributes(HTMLAttributes, { 'data-type': name });
      return options.leaf ? [tag, attrs] : [tag, attrs, 0];
    },
  };
}

/** An attribute kept in `data-<name>`, one of a fixed set of values. */
export function choiceAttribute<T extends string>(name: string, choices: readonly T[], fallback: T) {
  return {
    default: fallback,
    parseHTML: (element: HTMLElement): T => {
      const value = element.getAttribute(`data-${name}`) as T | null;
      return value !== null && choices.includes(value) ? value : fallback;
    },
    renderHTML: (attrs: Record<string, unknown>) => ({ [`data-${name}`]: attrs[name] }),
  };
}

/** The id that ties a noteRef to its note. */
export const noteIdAttribute = {
  default: null,
  parseHTML: (element: HTMLElement) => element.getAttribute('data-note-id'),
  renderHTML: (attrs: Record<string, unknown>) => (attrs.id ? { 'data-note-id': attrs.id } : {}),
};
