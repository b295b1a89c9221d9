/**
 * Property tests of the document file: any valid document survives save → open unchanged, and
 * no file, however broken or hostile, crashes the loader or reaches beyond the document it
 * returns (no prototype pollution, no change to the shared state of the process).
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { editorFromRelease } from '../../shared/document/convert';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, type BodoDocument, type EditorNodeJSON } from '../../shared/document/envelope';
import { MAX_NESTING, parseDocumentFile } from '../../shared/document/load';
import { newDocument, TEMPLATE_IDS } from '../../shared/document/templates';
import { releaseSchema } from '../../shared/release/model';
import { editorSchema } from '../../shared/schema';
import { createDocumentFiles, serializeDocument } from './documents';

const read = (name: string) => readFile(new URL(name, import.meta.url), 'utf8');
let folder: string;
let bases: BodoDocument[];

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bodo-props-'));
  const sample = parseDocumentFile(await read('./testdata/release.bodo'), 'release.bodo');
  if (!sample.ok) throw new Error(sample.message);
  const fromFixtures = await Promise.all(
    ['ko-sample-ai-chips', 'msit-belarus-2019'].map(async (name) => {
      const release = releaseSchema.parse(JSON.parse(await read(`../../shared/fixtures/releases/${name}.expected.json`)));
      return { ...sample.document, meta: { ...sample.document.meta, language: release.language }, content: editorFromRelease(release) };
    }),
  );
  const templates = TEMPLATE_IDS.map((id) => newDocument(id, new Date('2026-04-13T09:00:00+09:00')));
  bases = [sample.document, ...fromFixtures, ...templates];
});

/** Any text: Korean, symbols, control characters, astral planes, right-to-left marks. */
const anyText = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 });

/** A base document with its text replaced by random text (and empty text blocks filled or not). */
function documents(): fc.Arbitrary<BodoDocument> {
  return fc
    .record({
      base: fc.nat(),
      texts: fc.infiniteStream(fc.option(anyText, { freq: 4 })),
      // Through JSON once: a file can hold only what JSON can say (fast-check's -0 comes back as 0).
      comments: fc.array(fc.jsonValue().map((value) => JSON.parse(JSON.stringify(value)) as unknown), { maxLength: 3 }),
      template: fc.option(anyText, { nil: undefined }),
    })
    .map(({ base, texts, comments, template }) => {
      const document = bases[base % bases.length]!;
      const next = () => texts.next().value as string | null;
      return {
        ...document,
        meta: { ...document.meta, ...(template === undefined ? {} : { template }) },
        content: withText(document.content, next),
        comments,
      };
    });
}

function withText(node: EditorNodeJSON, next: () => string | null): EditorNodeJSON {
  if (node.type === 'text') return { ...node, text: next() ?? node.text ?? ' ' };
  const spec = editorSchema().nodes[node.type];
  if (spec?.isTextblock && (node.content ?? []).length === 0) {
    const text = next();
    return text === null ? node : { ...node, content: [{ type: 'text', text }] };
  }
  return node.content ? { ...node, content: node.content.map((child) => withText(child, next)) } : node;
}

const prototypeState = () => JSON.stringify(Object.getOwnPropertyNames(Object.prototype).sort()) + JSON.stringify(Object.prototype);

/** Whatever happens, the loader answers with a result, and a refusal names the file. */
function expectAnswered(text: string): void {
  const before = prototypeState();
  const result = parseDocumentFile(text, '받은 파일.bodo');
  if (!result.ok) expect(result.message).toMatch(/^Cannot open “받은 파일\.bodo”: /);
  expect(prototypeState()).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('save → open', () => {
  it('gives back every valid document exactly', async () => {
    const files = createDocumentFiles();
    await fc.assert(
      fc.asyncProperty(documents(), async (document) => {
        const path = join(folder, 'round-trip.bodo');
        expect((await files.write(path, document)).ok).toBe(true);
        expect(await files.read(path)).toEqual({ ok: true, document });
      }),
      { numRuns: 150 },
    );
  });
});

describe('the loader on hostile input', () => {
  it('never throws on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => expectAnswered(new TextDecoder().decode(bytes))),
      { numRuns: 300 },
    );
  });

  it('refuses every truncation of a valid file by name', () => {
    fc.assert(
      fc.property(documents(), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (document, fraction) => {
        const text = serializeDocument(document).trimEnd();
        const cut = text.slice(0, Math.floor(text.length * fraction));
        expectAnswered(cut);
        expect(parseDocumentFile(cut, 'x.bodo').ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('survives any value of the wrong type anywhere in the file', () => {
    fc.assert(
      fc.property(documents(), fc.nat(), fc.jsonValue(), (document, at, value) => {
        const json = JSON.parse(JSON.stringify(document)) as unknown;
        replaceSomewhere(json, at, value);
        expectAnswered(JSON.stringify(json));
      }),
      { numRuns: 300 },
    );
  });

  it('survives prototype-pollution keys at any depth', () => {
    const hostileKeys = ['__proto__', 'constructor', 'prototype'];
    fc.assert(
      fc.property(documents(), fc.nat(), fc.constantFrom(...hostileKeys), (document, at, key) => {
        const payload = `{"${key}":{"polluted":true,"prototype":{"polluted":true}}}`;
        // Spliced as text: JSON.parse makes "__proto__" an own key, as an attacker's file would.
        const text = serializeDocument(document);
        const objects = [...text.matchAll(/\{/g)].map((match) => match.index);
        const index = objects[at % objects.length]! + 1;
        const spliced = `${text.slice(0, index)}"${key}":${payload},${text.slice(index)}`;
        expectAnswered(spliced);
        const result = parseDocumentFile(spliced, 'x.bodo');
        // Kept, if at all, as plain data in a free-form field: never as anyone's prototype.
        if (result.ok) expect(plainPrototypes(result.document)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('reads a 10 MB string as text, and refuses one where a number belongs', () => {
    const huge = '가'.repeat(10 * 1024 * 1024);
    const document = { ...bases[0]!, meta: { ...bases[0]!.meta, template: huge } };
    const result = parseDocumentFile(serializeDocument(document), 'huge.bodo');
    expect(result.ok && result.document.meta.template?.length).toBe(huge.length);
    expectAnswered(serializeDocument({ ...document, version: huge as unknown as 1 }));
    expectAnswered(`{"format":"${DOCUMENT_FORMAT}","version":1,"content":{"type":"${huge}"}}`);
  });

  it('refuses deep nesting with a message instead of overflowing the stack', () => {
    for (const depth of [MAX_NESTING + 1, 10_000, 200_000]) {
      const arrays = `{"format":"${DOCUMENT_FORMAT}","version":${DOCUMENT_VERSION},"comments":${'['.repeat(depth)}${']'.repeat(depth)}}`;
      const nodes = `{"format":"${DOCUMENT_FORMAT}","version":${DOCUMENT_VERSION},"content":${'{"type":"doc","content":['.repeat(depth)}${']}'.repeat(depth)}}`;
      for (const text of [arrays, nodes]) {
        expectAnswered(text);
        expect(parseDocumentFile(text, 'deep.bodo')).toMatchObject({ ok: false, message: expect.stringContaining('nested too deeply') });
      }
    }
  });

  it('reads files from disk that other programs damaged, leaving the open document alone', async () => {
    const files = createDocumentFiles();
    const path = join(folder, 'damaged.bodo');
    await writeFile(path, Buffer.from([0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x00, 0x7b]));
    expect(await files.read(path)).toMatchObject({ ok: false, message: expect.stringContaining('“damaged.bodo”') });
  });
});

/** Replace the `at`-th value (in a walk of the JSON tree) with `value`. */
function replaceSomewhere(root: unknown, at: number, value: unknown): void {
  const slots: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, child] of Object.entries(node)) {
      slots.push([node as Record<string, unknown>, Array.isArray(node) ? Number(key) : key]);
      walk(child);
    }
  };
  walk(root);
  if (slots.length === 0) return;
  const [parent, key] = slots[at % slots.length]!;
  (parent as Record<string | number, unknown>)[key] = value;
}

/** True when every object in the tree is a plain object or array (no injected prototype). */
function plainPrototypes(root: unknown): boolean {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    const prototype = Object.getPrototypeOf(node);
    if (prototype !== Object.prototype && prototype !== Array.prototype) return false;
    stack.push(...Object.values(node));
  }
  return true;
}
