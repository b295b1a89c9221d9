/**
 * The document: header, title, subtitles, body, attachments, contacts (docs/ARCHITECTURE.md).
 * Its attributes are the document's language and the glyph it uses per level; a plugin puts
 * them on the editor element (`lang`, `--glyph-1..4`, and the document labels such as
 * `--label-kind` from shared/release/labels.ts) so the stylesheet draws the right markers
 * and labels, and changing a level or a glyph redraws without any JS renumbering.
 */
import { Node } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin } from '@tiptap/pm/state';
import { CONTACT_LABELS, DEFAULT_GLYPHS, HEADER_LABELS, KIND_LABELS } from '../release/labels';
import type { Language, ReleaseKind } from '../release/model';
import { ATTACHMENT_WORDS, documentGlyphs, documentLanguage, type Glyphs } from './docAttrs';
import { SUGGESTION_GROUP } from './suggestionMark';

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

/** The CSS custom properties the stylesheet draws markers and labels from. */
export function releaseVariables(doc: PMNode): Record<string, string> {
  const language = documentLanguage(doc.attrs);
  const kind = (doc.firstChild?.attrs.kind as ReleaseKind | undefined) ?? 'press-release';
  return {
    ...Object.fromEntries(documentGlyphs(doc.attrs).map((glyph, i) => [`glyph-${i + 1}`, glyph])),
    'label-kind': KIND_LABELS[language][kind] ?? '',
    'label-embargo': HEADER_LABELS[language].embargo,
    'label-distributed': HEADER_LABELS[language].distributed,
    'label-reference': ATTACHMENT_WORDS[language].reference,
    'label-annex': ATTACHMENT_WORDS[language].annex,
    'label-department': CONTACT_LABELS[language].department,
    'label-head': CONTACT_LABELS[language].head,
    'label-staff': CONTACT_LABELS[language].staff,
  };
}

export const DocNode = Node.create({
  name: 'doc',
  topNode: true,
  content: 'header title subtitle* body attachment* contacts',
  // Whole blocks inside can be suggested (inserted or deleted) in Suggesting mode.
  marks: SUGGESTION_GROUP,

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
          attributes: (state) => ({ lang: documentLanguage(state.doc.attrs), class: 'bodo-release' }),
        },
        // Custom properties go through CSSOM: a strict CSP refuses style attributes.
        view: (view) => {
          let applied = '';
          let readFrom: { attrs: unknown; header: unknown } | null = null;
          const apply = () => {
            // They depend on the document's and the header's attributes only: not per keystroke.
            const { doc } = view.state;
            if (readFrom && readFrom.attrs === doc.attrs && readFrom.header === doc.firstChild?.attrs) return;
            readFrom = { attrs: doc.attrs, header: doc.firstChild?.attrs };
            const variables = releaseVariables(doc);
            const key = JSON.stringify(variables);
            if (key === applied) return;
            applied = key;
            for (const [name, value] of Object.entries(variables)) view.dom.style.setProperty(`--${name}`, cssString(value));
          };
          apply();
          return { update: apply };
        },
      }),
    ];
  },
});
