/**
 * New documents: the skeleton of a release in one of the house's layouts, every field empty so
 * the editor's placeholders say what goes where.
 */
import type { Language } from '../release/model';
import { DEFAULT_GLYPHS } from '../release/labels';
import { newEnvelope, type BodoDocument, type EditorNodeJSON } from './envelope';

export const TEMPLATE_IDS = ['ko-gaejo', 'ko-paragraph', 'en'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** A template's name is interface text: `template.<id>` in the catalogues. */
export type TemplateInfo = { id: TemplateId; language: Language };

export const TEMPLATES: readonly TemplateInfo[] = [
  { id: 'ko-gaejo', language: 'ko' },
  { id: 'ko-paragraph', language: 'ko' },
  { id: 'en', language: 'en' },
];

const empty = (type: string, attrs?: Record<string, unknown>): EditorNodeJSON => ({ type, ...(attrs ? { attrs } : {}) });
const line = () => ({ type: 'line' });
const item = (level: number, ...children: EditorNodeJSON[]): EditorNodeJSON => ({ type: 'item', attrs: { level }, content: [line(), ...children] });
const paragraph = (...children: EditorNodeJSON[]): EditorNodeJSON => ({ type: 'paragraph', content: [line(), ...children] });

const BODIES: Record<TemplateId, EditorNodeJSON[]> = {
  'ko-gaejo': [item(1, item(2)), item(1, item(2))],
  'ko-paragraph': [paragraph(item(2)), paragraph()],
  en: [paragraph(), paragraph()],
};

const SUBTITLES: Record<TemplateId, number> = { 'ko-gaejo': 2, 'ko-paragraph': 2, en: 1 };

export function templateInfo(template: TemplateId): TemplateInfo {
  return TEMPLATES.find((t) => t.id === template)!;
}

export function newDocument(template: TemplateId, now: Date): BodoDocument {
  const { language } = templateInfo(template);
  return newEnvelope(
    {
      type: 'doc',
      attrs: { language, glyphs: [...DEFAULT_GLYPHS] },
      content: [
        { type: 'header', attrs: { kind: 'press-release' }, content: [empty('agency'), empty('embargo'), empty('distribution')] },
        empty('title'),
        ...Array.from({ length: SUBTITLES[template] }, () => empty('subtitle')),
        { type: 'body', content: BODIES[template] },
        {
          type: 'contacts',
          content: [
            { type: 'contactGroup', content: [empty('department'), empty('contact', { role: 'head' }), empty('contact', { role: 'staff' })] },
          ],
        },
      ],
    },
    language,
    now,
    template,
  );
}
