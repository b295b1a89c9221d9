/**
 * The document: header, title, subtitles, body, attachments, contacts (docs/ARCHITECTURE.md).
 * Its attributes are the document's language and the glyph it uses per level; a plugin puts
 * them on the editor element (`lang`, `--glyph-1..4`) so the stylesheet draws the right
 * markers and labels without any node knowing them.
 */
import { Node } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import { DEFAULT_GLYPHS } from '../release/labels';
import type { Language } from '../release/model';
import { documentGlyphs, documentLanguage, type Glyphs } from './docAttrs';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    doc: {
      /** Choose the marker glyph per level (e.g. ○ instead of ㅇ); every item redraws at once. */
      setGlyphs: (glyphs: Glyphs) => ReturnType;
      /** Switch the document language (labels, placeholders, export wording). */
      setLanguage: (language: Language) => ReturnType;
    };
  }
}

/** A CSS string literal, for custom properties holding glyphs. */
function cssString(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, ' ')}"`;
}

export const DocNode = Node.create({
  name: 'doc',
  topNode: true,
  content: 'header title subtitle* body attachment* contacts',

  addAttributes() {
    return {
      language: { default: 'ko', rendered: false },
      glyphs: { default: [...DEFAULT_GLYPHS], rendered: false },
    };
  },

  addCommands() {
    return {
      setGlyphs:
        (glyphs) =>
        ({ tr }) => {
          tr.setDocAttribute('glyphs', [...glyphs]);
          return true;
        },
      setLanguage:
        (language) =>
        ({ tr }) => {
          tr.setDocAttribute('language', language);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        props: {
          attributes: (state) => {
            const glyphs = documentGlyphs(state.doc.attrs);
            return {
              lang: documentLanguage(state.doc.attrs),
              class: 'bodo-release',
              style: glyphs.map((glyph, i) => `--glyph-${i + 1}: ${cssString(glyph)}`).join('; '),
            };
          },
        },
      }),
    ];
  },
});
