import { describe, expect, it } from 'vitest';
import { editorSchema } from '../../shared/schema';
import { newDocument } from '../../shared/document/templates';
import { baseNameOf, envelopeOf, fileNameOf } from './useDocumentFile';

const docTitled = (title: string) => {
  const json = newDocument('ko-gaejo', new Date('2026-12-03T00:00:00Z')).content;
  const withTitle = { ...json, content: json.content!.map((part) => (part.type === 'title' && title ? { ...part, content: [{ type: 'text', text: title }] } : part)) };
  return editorSchema().nodeFromJSON(withTitle);
};

describe('file names', () => {
  it('takes the name from a Windows or POSIX path', () => {
    expect(fileNameOf('C:\\Users\\공보\\보도자료.bodo')).toBe('보도자료.bodo');
    expect(fileNameOf('/home/press/release.bodo')).toBe('release.bodo');
  });

  it('proposes the title as a file name, without characters file systems refuse', () => {
    expect(baseNameOf(docTitled('과기정통부, "AI 반도체" 실증: 공모/접수?'), 'untitled')).toBe('과기정통부, AI 반도체 실증 공모 접수');
    expect(baseNameOf(docTitled(''), '제목 없음')).toBe('제목 없음');
  });
});

describe('envelope', () => {
  it('wraps the current content, follows the document language and keeps review data', () => {
    const opened = { ...newDocument('ko-gaejo', new Date('2026-01-01T00:00:00Z')), comments: [{ id: 'c1' }] };
    const doc = editorSchema().nodeFromJSON({ ...opened.content, attrs: { ...opened.content.attrs, language: 'en' } });
    const saved = envelopeOf(opened, doc);
    expect(saved.meta.language).toBe('en');
    expect(saved.meta.created).toBe(opened.meta.created);
    expect(saved.meta.modified).not.toBe(opened.meta.modified);
    expect(saved.comments).toEqual([{ id: 'c1' }]);
    expect(saved.content).toEqual(doc.toJSON());
  });
});
