import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseSchema, type Block, type Release } from '../release/model';
import { checkEditorContent } from '../schema';
import { editorFromRelease, releaseFromEditor } from './convert';
import type { EditorNodeJSON } from './envelope';

const fixtures = join(__dirname, '..', 'fixtures', 'releases');
const goldens = readdirSync(fixtures).filter((name) => name.endsWith('.expected.json'));

function withoutAnchors(blocks: Block[]): Block[] {
  return blocks.map((block) =>
    block.type === 'item' || block.type === 'paragraph'
      ? { ...block, notes: block.notes.map(({ anchor: _anchor, ...note }) => note), children: withoutAnchors(block.children) }
      : block,
  );
}
const comparable = (release: Release): Release => ({
  ...release,
  body: withoutAnchors(release.body),
  attachments: release.attachments.map((a) => ({ ...a, body: withoutAnchors(a.body) })),
});

function find(node: EditorNodeJSON, type: string): EditorNodeJSON[] {
  const found = node.type === type ? [node] : [];
  return [...found, ...(node.content ?? []).flatMap((child) => find(child, type))];
}

describe.each(goldens)('%s', (name) => {
  const release = releaseSchema.parse(JSON.parse(readFileSync(join(fixtures, name), 'utf8')));

  it('survives a round trip through the editor document', () => {
    const doc = editorFromRelease(release);
    expect(checkEditorContent(doc)).toBeNull();
    const back = releaseFromEditor(doc);
    expect(releaseSchema.parse(back)).toEqual(back);
    expect(comparable(back)).toEqual(comparable(release));
  });
});

describe('editorFromRelease', () => {
  const release = releaseSchema.parse(JSON.parse(readFileSync(join(fixtures, 'ko-sample-ai-chips.expected.json'), 'utf8')));
  const doc = editorFromRelease(release);

  it('turns a marked term into a noteRef linked to its note', () => {
    const refs = find(doc, 'noteRef');
    const notes = new Set(find(doc, 'note').map((n) => n.attrs?.id));
    expect(refs.length).toBe(5);
    for (const ref of refs) expect(notes.has(ref.attrs?.id)).toBe(true);
  });

  it('keeps the release’s glyphs and makes the 【붙임】 line a pointer and the appendix a 참고 page', () => {
    expect(doc.attrs?.glyphs).toEqual(['□', 'ㅇ', '-', '·']);
    expect(find(doc, 'pointer').length).toBe(1);
    expect(find(doc, 'attachment')[0]!.attrs).toEqual({ kind: 'reference' });
  });

  it('groups consecutive contacts of one department', () => {
    const groups = find(doc, 'contactGroup');
    expect(groups.length).toBe(1);
    expect(groups[0]!.content!.map((c) => c.content?.[0]?.text)).toEqual([
      '정보통신정책실 인공지능기반정책과',
      '과장 이영희 (044-202-6000)',
      '사무관 박민수 (044-202-6001)',
      '주무관 최지은 (044-202-6002)',
    ]);
  });

  it('leaves a * that matches no note as text, and a note without its * unlinked', () => {
    const base = editorFromRelease({
      ...release,
      body: [{ type: 'paragraph', text: 'A* B**', notes: [{ marker: '**', text: 'two' }], children: [] }],
      attachments: [],
    });
    expect(find(base, 'noteRef')).toEqual([]);
    expect(releaseFromEditor(base).body).toEqual([{ type: 'paragraph', text: 'A* B**', notes: [{ marker: '*', text: 'two' }], children: [] }]);
  });

  it('leaves out empty subtitles and empty blocks, which are drafts', () => {
    const draft = editorFromRelease({ ...release, subtitles: ['부제'], body: [{ type: 'paragraph', text: '본문', notes: [], children: [] }] });
    const parts = draft.content!;
    parts.splice(3, 0, { type: 'subtitle' });
    const body = parts.find((n) => n.type === 'body')!;
    body.content!.push({ type: 'item', attrs: { level: 1 }, content: [{ type: 'line' }, { type: 'item', attrs: { level: 2 }, content: [{ type: 'line' }] }] }, { type: 'remark' });
    const back = releaseFromEditor(draft);
    expect(back.subtitles).toEqual(['부제']);
    expect(back.body).toEqual([{ type: 'paragraph', text: '본문', notes: [], children: [] }]);
  });

  it('keeps a two-line title', () => {
    const back = releaseFromEditor(editorFromRelease({ ...release, title: '첫 줄\n둘째 줄' }));
    expect(back.title).toBe('첫 줄\n둘째 줄');
  });
});

describe('releaseFromEditor', () => {
  it('numbers markers by level and notes by position, with the marked term as anchor', () => {
    const doc = editorFromRelease({
      format: 'bodo.release', version: 1, language: 'ko', kind: 'press-release', agency: null, embargo: null, distributed: null,
      title: 't', subtitles: [], attachments: [], contacts: [],
      body: [{ type: 'paragraph', text: '문단', notes: [], children: [] }],
    });
    const body = doc.content!.find((n) => n.type === 'body')!;
    body.content = [
      {
        type: 'item',
        attrs: { level: 1 },
        content: [
          { type: 'line', content: [{ type: 'text', text: '국산 NPU' }, { type: 'noteRef', attrs: { id: 'x' } }, { type: 'text', text: '와 GPU' }, { type: 'noteRef', attrs: { id: 'y' } }] },
          { type: 'note', attrs: { id: 'x' }, content: [{ type: 'text', text: '신경망' }] },
          { type: 'note', attrs: { id: 'y' }, content: [{ type: 'text', text: '그래픽' }] },
          { type: 'item', attrs: { level: 2 }, content: [{ type: 'line', content: [{ type: 'text', text: '둘' }] }] },
        ],
      },
    ];
    doc.attrs = { ...doc.attrs, glyphs: ['■', '○', '-', '·'] };
    expect(releaseFromEditor(doc).body).toEqual([
      {
        type: 'item', level: 1, marker: '■', text: '국산 NPU*와 GPU**',
        notes: [{ marker: '*', text: '신경망', anchor: 'NPU' }, { marker: '**', text: '그래픽', anchor: 'GPU' }],
        children: [{ type: 'item', level: 2, marker: '○', text: '둘', notes: [], children: [] }],
      },
    ]);
  });

  it('reads header fields: empty agency is null, the embargo is parsed, attachments are numbered per kind', () => {
    const doc: EditorNodeJSON = {
      type: 'doc',
      attrs: { language: 'en' },
      content: [
        { type: 'header', attrs: { kind: 'background' }, content: [{ type: 'agency' }, { type: 'embargo', content: [{ type: 'text', text: '배포 즉시 보도 가능' }] }, { type: 'distribution' }] },
        { type: 'title' },
        { type: 'body', content: [{ type: 'paragraph', content: [{ type: 'line' }] }] },
        ...(['annex', 'reference', 'annex'] as const).map((kind) => ({
          type: 'attachment', attrs: { kind }, content: [{ type: 'attachmentTitle' }, { type: 'item', attrs: { level: 1 }, content: [{ type: 'line' }] }],
        })),
        { type: 'contacts', content: [{ type: 'contactGroup', content: [{ type: 'department' }, { type: 'contact', attrs: { role: 'head' }, content: [{ type: 'text', text: 'Jane Kim, Director (044-202-0000)' }] }] }] },
      ],
    };
    const release = releaseFromEditor(doc);
    expect(release.kind).toBe('background');
    expect(release.agency).toBeNull();
    expect(release.embargo).toEqual({ text: '배포 즉시 보도 가능', online: null, print: null, immediate: true });
    expect(release.body).toEqual([]);
    expect(release.attachments.map((a) => a.label)).toEqual(['Annex 1', 'Reference 1', 'Annex 2']);
    expect(release.contacts).toEqual([{ role: 'head', rank: 'Director', name: 'Jane Kim', phone: '044-202-0000' }]);
  });
});
