import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEmbargo } from '../release/embargo';
import type { Block, Contact, Language, Note, Release } from '../release/model';
import { checkEditorContent } from '../schema';
import { editorFromRelease, releaseFromEditor } from './convert';

/**
 * Any release already in the editor's normal form (levels equal to nesting, one glyph per
 * level, note markers by position, attachment labels numbered per kind) survives the editor.
 */
const word = fc.stringMatching(/^[가-힣A-Za-z0-9][가-힣A-Za-z0-9.·-]{0,7}$/);
const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
const anyText = fc.oneof(text, fc.constant(''));
const EMBARGOES = ['2026. 4. 13.(월) 조간', '2026. 12. 3.(목) 12:00 이후(12. 4.(금) 조간)', '배포 즉시 보도 가능', '(온라인) 2026. 4. 12.(일) 12:00'];
const GLYPH_CHOICES = [['□', '■'], ['ㅇ', '○', '◦'], ['-', '–'], ['·', 'ㆍ']] as const;

/** A line and its notes; the first terms may carry the notes' asterisks, as a writer marks them. */
const lineWithNotes = fc
  .record({ words: fc.array(word, { minLength: 1, maxLength: 4 }), noteTexts: fc.array(text, { maxLength: 3 }), marked: fc.nat(3) })
  .map(({ words, noteTexts, marked }) => {
    const refs = Math.min(marked, noteTexts.length, words.length);
    const notes: Note[] = noteTexts.map((t, i) => ({ marker: '*'.repeat(i + 1), text: t }));
    return { text: words.map((w, i) => (i < refs ? w + '*'.repeat(i + 1) : w)).join(' '), notes };
  });

function blocks(glyphs: string[], depth: number, size: number): fc.Arbitrary<Block[]> {
  const remark = text.map((t): Block => ({ type: 'remark', text: t }));
  const itemAt = (level: number): fc.Arbitrary<Block> =>
    fc.record({ line: lineWithNotes, children: level < 4 && size > 0 ? blocks(glyphs, level + 1, size - 1) : fc.array(remark, { maxLength: 1 }) }).map(
      ({ line, children }): Block => ({ type: 'item', level: level as 1 | 2 | 3 | 4, marker: glyphs[level - 1]!, ...line, children }),
    );
  if (depth > 1) return fc.array(fc.oneof({ weight: 4, arbitrary: itemAt(depth) }, { weight: 1, arbitrary: remark }), { maxLength: 3 });
  const paragraph = fc
    .record({ line: lineWithNotes, children: size > 0 ? blocks(glyphs, 2, size - 1) : fc.constant<Block[]>([]) })
    .map(({ line, children }): Block => ({ type: 'paragraph', ...line, children }));
  const table = fc
    .record({ caption: fc.option(text, { nil: undefined }), rows: fc.array(fc.array(anyText, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }) })
    .map(({ caption, rows }): Block => ({ type: 'table', ...(caption !== undefined ? { caption } : {}), rows }));
  const heading = text.map((t): Block => ({ type: 'heading', text: t }));
  return fc.array(fc.oneof(itemAt(1), paragraph, heading, remark, table), { minLength: 1, maxLength: 4 });
}

function contacts(language: Language): fc.Arbitrary<Contact[]> {
  const token = fc.stringMatching(/^[가-힣A-Za-z]{1,6}$/);
  return fc.array(
    fc.record(
      {
        role: fc.constantFrom('head' as const, 'staff' as const),
        department: fc.option(text, { nil: undefined }),
        rank: fc.option(token, { nil: undefined }),
        name: language === 'en' ? text : token,
        phone: fc.option(fc.stringMatching(/^0\d{1,2}-\d{3,4}-\d{4}$/), { nil: undefined }),
      },
      { requiredKeys: ['role', 'name'] },
    ),
    { maxLength: 4 },
  ).map((list) => list.map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as Contact));
}

const release = fc
  .record({
    language: fc.constantFrom('ko' as const, 'en' as const),
    glyphs: fc.tuple(...GLYPH_CHOICES.map((choices) => fc.constantFrom(...choices))),
  })
  .chain(({ language, glyphs }) =>
    fc.record({
      format: fc.constant('bodo.release' as const),
      version: fc.constant(1 as const),
      language: fc.constant(language),
      kind: fc.constantFrom('press-release' as const, 'background' as const, 'explanation' as const, 'rebuttal' as const),
      agency: fc.option(text, { nil: null }),
      embargo: fc.option(fc.constantFrom(...EMBARGOES).map((e) => parseEmbargo(e)!), { nil: null }),
      distributed: fc.option(text, { nil: null }),
      title: fc.array(text, { minLength: 1, maxLength: 2 }).map((lines) => lines.join('\n')),
      subtitles: fc.array(text, { maxLength: 3 }),
      body: blocks(glyphs, 1, 3),
      attachments: fc.array(fc.record({ annex: fc.boolean(), title: anyText, body: fc.oneof(blocks(glyphs, 1, 2), fc.constant<Block[]>([])) }), { maxLength: 3 }).map((pages) => {
        const counts = { reference: 0, annex: 0 };
        const words = language === 'ko' ? { reference: '참고', annex: '붙임' } : { reference: 'Reference', annex: 'Annex' };
        return pages.map(({ annex, title, body }) => {
          const kind = annex ? 'annex' : 'reference';
          return { label: `${words[kind]} ${++counts[kind]}`, title, body };
        });
      }),
      contacts: contacts(language),
    }),
  );

/** The editor adds each marked term as its note's anchor; the generated releases have none. */
function withoutAnchors(release: Release): Release {
  const strip = (list: Block[]): Block[] =>
    list.map((b) => (b.type === 'item' || b.type === 'paragraph' ? { ...b, notes: b.notes.map(({ anchor: _a, ...n }) => n), children: strip(b.children) } : b));
  return { ...release, body: strip(release.body), attachments: release.attachments.map((a) => ({ ...a, body: strip(a.body) })) };
}

describe('releases in normal form', () => {
  it('come back unchanged from the editor, as valid editor documents', () => {
    fc.assert(
      fc.property(release, (original: Release) => {
        const doc = editorFromRelease(original);
        expect(checkEditorContent(doc)).toBeNull();
        expect(withoutAnchors(releaseFromEditor(doc))).toEqual(original);
      }),
      { numRuns: 150 },
    );
  });
});
