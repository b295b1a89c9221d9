import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../i18n';
import { checkEditorContent } from '../schema';
import { releaseFromEditor } from './convert';
import { bodoDocumentSchema } from './envelope';
import { newDocument, TEMPLATES } from './templates';

describe.each(TEMPLATES)('template $id', ({ id, language }) => {
  const now = new Date('2026-04-12T03:00:00Z');
  const document = newDocument(id, now);

  it('is a valid .bodo document in its language, dated now', () => {
    expect(bodoDocumentSchema.parse(document)).toEqual(document);
    expect(checkEditorContent(document.content)).toBeNull();
    expect(document.meta).toEqual({ language, template: id, created: now.toISOString(), modified: now.toISOString() });
  });

  it('is an empty release until the fields are filled', () => {
    const release = releaseFromEditor(document.content);
    expect(release.language).toBe(language);
    expect(release.title).toBe('');
    expect(release.agency).toBeNull();
    expect(release.embargo).toBeNull();
    expect(release.subtitles).toEqual([]);
    expect(release.body).toEqual([]);
    expect(release.contacts).toEqual([]);
  });
});

it('the 개조식 template starts with □ items and the 문단식 one with paragraphs', () => {
  const kinds = (id: 'ko-gaejo' | 'ko-paragraph') => newDocument(id, new Date()).content.content!.find((n) => n.type === 'body')!.content!.map((b) => b.type);
  expect(kinds('ko-gaejo')).toEqual(['item', 'item']);
  expect(kinds('ko-paragraph')).toEqual(['paragraph', 'paragraph']);
});

it('every template has a Korean and an English name in the interface catalogues', () => {
  for (const template of TEMPLATES) {
    expect(CATALOGUES.ko.template[template.id]).toBeTruthy();
    expect(CATALOGUES.en.template[template.id]).toBeTruthy();
  }
});
