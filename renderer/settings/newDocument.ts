/** New documents as the settings ask: the agency's body style and glyphs, in the chosen language. */
import type { BodoDocument } from '../../shared/document/envelope';
import { newDocument, TEMPLATE_IDS, type TemplateId } from '../../shared/document/templates';
import type { Settings } from '../../shared/settings/schema';

const isTemplateId = (value: string | undefined): value is TemplateId => TEMPLATE_IDS.some((id) => id === value);

/** The template New uses when none is named: English, or Korean in the agency's body style. */
export function defaultTemplate(settings: Settings): TemplateId {
  if (settings.documentLanguage === 'en') return 'en';
  return settings.agency.bodyStyle === 'paragraph' ? 'ko-paragraph' : 'ko-gaejo';
}

export function documentFromSettings(template: string | undefined, settings: Settings, now: Date): BodoDocument {
  const document = newDocument(isTemplateId(template) ? template : defaultTemplate(settings), now);
  const { content } = document;
  return { ...document, content: { ...content, attrs: { ...content.attrs, glyphs: [...settings.agency.glyphs] } } };
}
