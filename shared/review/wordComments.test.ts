// @vitest-environment jsdom
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { releaseFromEditor } from '../document/convert';
import { releaseToDocx } from '../export/docx';
import { cursorAt, destroyEditors, documentWith, editorWith, item, paragraph } from '../schema/testing';
import { commentAnchors } from './anchors';
import { addThread, reply, resolve, type Thread } from './threads';
import { wordComments } from './wordComments';

afterEach(destroyEditors);
const work = mkdtempSync(join(tmpdir(), 'bodo-word-comments-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const at = (author: string, minute: number) => ({ author, time: `2026-04-13T09:0${minute}:00.000Z` });

/** A release with two threads: one open with a reply on the first item, one resolved on the paragraph. */
function reviewed() {
  const editor = editorWith(documentWith([item(1, '정부는 내년 예산을 확정했다'), paragraph('다음 문단은 그대로 둔다')]));
  const mark = (needle: string, threadId: string) => {
    cursorAt(editor, needle, 0);
    const from = editor.state.selection.from;
    editor.commands.setTextSelection({ from, to: from + needle.length });
    editor.commands.addComment(threadId);
  };
  mark('예산을 확정했다', 't1');
  mark('그대로', 't2');
  let threads: Thread[] = addThread([], { id: 't1', entryId: 'e1', quote: '예산을 확정했다', text: '근거 자료를 붙여 주세요', ...at('김과장', 0) });
  threads = reply(threads, 't1', { id: 'e2', text: '붙임 2로 넣었습니다', ...at('이주무관', 1) });
  threads = addThread(threads, { id: 't2', entryId: 'e3', quote: '그대로', text: '표현을 다듬어 주세요', ...at('김과장', 2) });
  threads = resolve(threads, 't2', at('이주무관', 3));
  const doc = editor.state.doc;
  return { release: releaseFromEditor(doc.toJSON()), comments: wordComments(threads, commentAnchors(doc)) };
}

const parts = async (bytes: Uint8Array) => {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? null;
  return { document: (await read('word/document.xml')) ?? '', comments: await read('word/comments.xml'), names: Object.keys(zip.files) };
};
/** The text a reader of the page sees: every run of the body, in order. */
const pageText = (documentXml: string) => [...documentXml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('review comments in the Word export', () => {
  it('builds one Word comment per thread, replies after it, on the text it marks now', () => {
    const { comments } = reviewed();
    expect(comments).toEqual([
      {
        page: 0,
        quote: '예산을 확정했다',
        resolved: false,
        entries: [
          { author: '김과장', date: new Date(at('', 0).time), text: '근거 자료를 붙여 주세요' },
          { author: '이주무관', date: new Date(at('', 1).time), text: '붙임 2로 넣었습니다' },
        ],
      },
      { page: 0, quote: '그대로', resolved: true, entries: [{ author: '김과장', date: new Date(at('', 2).time), text: '표현을 다듬어 주세요' }] },
    ]);
  });

  it('writes comments.xml with every entry, anchored on the paragraphs that hold the text; the page text is unchanged', async () => {
    const { release, comments } = reviewed();
    const plain = await parts(await releaseToDocx(release));
    const withComments = await parts(await releaseToDocx(release, { comments }));

    for (const text of ['근거 자료를 붙여 주세요', '붙임 2로 넣었습니다', '표현을 다듬어 주세요', '김과장', '이주무관']) {
      expect(withComments.comments).toContain(text);
    }
    // The reply is threaded under its comment, the resolved thread is marked done.
    expect(withComments.names).toContain('word/commentsExtended.xml');
    // Each comment range wraps the paragraph with its text.
    const ranged = (id: number) =>
      pageText(new RegExp(`<w:commentRangeStart w:id="${id}"/>(.*?)<w:commentRangeEnd w:id="${id}"/>`, 's').exec(withComments.document)?.[1] ?? '');
    expect(ranged(0)).toContain('정부는 내년 예산을 확정했다');
    expect(ranged(2)).toContain('다음 문단은 그대로 둔다');

    expect(pageText(withComments.document)).toBe(pageText(plain.document));
    // Without the option, no comment anywhere in the file.
    expect(plain.comments).toBeNull();
    expect(plain.document).not.toContain('commentRangeStart');
  });

  it('a thread whose text is gone marks the title of its page', async () => {
    const { release } = reviewed();
    const gone = [{ page: 0, quote: '지워진 문장', resolved: false, entries: [{ author: '김과장', text: '어디 갔나요' }] }] as const;
    const { document, comments } = await parts(await releaseToDocx(release, { comments: gone }));
    expect(comments).toContain('어디 갔나요');
    expect(pageText(/<w:commentRangeStart w:id="0"\/>.*?<\/w:p>/s.exec(document)?.[0] ?? '')).toBe('');
    expect(document.indexOf('commentRangeStart')).toBeLessThan(document.indexOf('정부는'));
  });

  it('LibreOffice opens the file and reads the comments', { timeout: 180_000 }, async () => {
    const { release, comments } = reviewed();
    writeFileSync(join(work, 'commented.docx'), await releaseToDocx(release, { comments }));
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'fodt', '--outdir', work, join(work, 'commented.docx')],
      { timeout: 120_000, stdio: 'pipe' },
    );
    const fodt = readFileSync(join(work, 'commented.fodt'), 'utf8');
    const annotations = [...fodt.matchAll(/<office:annotation\b[\s\S]*?<\/office:annotation>/g)].map((m) => m[0]);
    expect(annotations.join('')).toContain('근거 자료를 붙여 주세요');
    expect(annotations.join('')).toContain('표현을 다듬어 주세요');
    expect(annotations.join('')).toContain('김과장');
  });
});
