/**
 * Properties over generated releases: whatever a user types, the exports keep their promises
 * (one block per line, stable JSON, inert HTML).
 */
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { releaseSchema, type Block, type Note, type Release } from '../release/model';
import { releaseToHtml } from './html';
import { releaseToJSON } from './json';
import schema from './release.schema.json';
import { releaseToText } from './text';

/** Text built from pieces that break naive exporters: markup, quotes, schemes, line breaks. */
const hostileText = fc
  .array(fc.constantFrom('<', '>', '&', '"', "'", '<script>', 'javascript:', 'https://x.go.kr/a?b=1&c=2', 'mailto:a@b.kr', ' ', '\n', '가나', 'NPU*', '□', 'ㅇ'), { maxLength: 8 })
  .map((pieces) => pieces.join(''));

const note: fc.Arbitrary<Note> = fc.record(
  { marker: fc.constantFrom('*', '**', '***'), text: hostileText, anchor: hostileText },
  { requiredKeys: ['marker', 'text'] },
);

const leaf: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ type: fc.constant('heading' as const), text: hostileText }),
  fc.record({ type: fc.constant('remark' as const), text: hostileText }),
  fc.record(
    { type: fc.constant('table' as const), caption: hostileText, rows: fc.array(fc.array(hostileText, { minLength: 1, maxLength: 3 }), { maxLength: 3 }) },
    { requiredKeys: ['type', 'rows'] },
  ),
);

function itemAt(level: 1 | 2 | 3 | 4): fc.Arbitrary<Block> {
  const children: fc.Arbitrary<Block[]> =
    level === 4
      ? fc.array(fc.record({ type: fc.constant('remark' as const), text: hostileText }), { maxLength: 1 })
      : fc.array(itemAt((level + 1) as 2 | 3 | 4), { maxLength: 2 });
  return fc.record({
    type: fc.constant('item' as const),
    level: fc.constant(level),
    marker: fc.constantFrom('□', 'ㅇ', '○', '-', '·', '"><b>'),
    text: hostileText,
    notes: fc.array(note, { maxLength: 3 }),
    children,
  });
}

const paragraph: fc.Arbitrary<Block> = fc.record({
  type: fc.constant('paragraph' as const),
  text: hostileText,
  notes: fc.array(note, { maxLength: 2 }),
  children: fc.array(itemAt(2), { maxLength: 2 }),
});

const blocks = fc.array(fc.oneof(leaf, paragraph, itemAt(1)), { maxLength: 5 });

const release: fc.Arbitrary<Release> = fc.record({
  format: fc.constant('bodo.release' as const),
  version: fc.constant(1 as const),
  language: fc.constantFrom('ko' as const, 'en' as const),
  kind: fc.constantFrom('press-release' as const, 'background' as const, 'explanation' as const, 'rebuttal' as const),
  agency: fc.option(hostileText),
  embargo: fc.option(fc.record({ text: hostileText, online: fc.constant(null), print: fc.option(hostileText), immediate: fc.boolean() })),
  distributed: fc.option(hostileText),
  title: hostileText,
  subtitles: fc.array(hostileText, { maxLength: 2 }),
  body: blocks,
  attachments: fc.array(fc.record({ label: fc.constantFrom('참고 1', '붙임 2'), title: hostileText, body: blocks }), { maxLength: 2 }),
  contacts: fc.array(
    fc.record(
      { role: fc.constantFrom('head' as const, 'staff' as const), department: hostileText, rank: hostileText, name: hostileText, phone: hostileText },
      { requiredKeys: ['role', 'name'] },
    ),
    { maxLength: 3 },
  ),
});

/** Lines a block writes in the text export: its own, one per note, its children's. */
function lineCount(block: Block): number {
  switch (block.type) {
    case 'heading':
    case 'remark':
      return 1;
    case 'table':
      return (block.caption === undefined ? 0 : 1) + block.rows.length;
    default:
      return 1 + block.notes.length + block.children.reduce((sum, child) => sum + lineCount(child), 0);
  }
}

const validate = new Ajv2020({ strict: true }).compile(schema);
const RUNS = { numRuns: 60 };

describe('export properties', () => {
  it('release JSON is schema-valid, reads back to the same release and is stable', () => {
    fc.assert(
      fc.property(release, (generated) => {
        const json = releaseToJSON(generated);
        const parsed: unknown = JSON.parse(json);
        expect(validate(parsed)).toBe(true);
        const readBack = releaseSchema.parse(parsed);
        expect(readBack).toEqual(generated);
        expect(releaseToJSON(readBack)).toBe(json);
      }),
      RUNS,
    );
  });

  it('text keeps one block per line, with single blank lines only between blocks', () => {
    fc.assert(
      fc.property(release.map(withoutBlankTexts), (generated) => {
        const text = releaseToText(generated);
        expect(text.endsWith('\n')).toBe(true);
        expect(text).not.toMatch(/^\n|\n\n\n/);
        const header = generated.agency !== null || generated.embargo !== null || generated.distributed !== null;
        const expected =
          (header ? 1 + (generated.embargo ? 1 : 0) + (generated.distributed !== null ? 1 : 0) : 0) +
          generated.title.split('\n').filter((line) => line.trim() !== '').length +
          generated.subtitles.length +
          [...generated.body, ...generated.attachments.flatMap((a) => a.body)].reduce((sum, b) => sum + lineCount(b), 0) +
          generated.attachments.length +
          departmentLines(generated) +
          generated.contacts.length;
        expect(text.split('\n').filter((line) => line !== '')).toHaveLength(expected);
      }),
      RUNS,
    );
  });

  it('HTML stays inert whatever the text: only our elements, only http, https and mailto links', () => {
    const allowed = new Set(['HTML', 'HEAD', 'META', 'TITLE', 'STYLE', 'BODY', 'ARTICLE', 'HEADER', 'SECTION', 'TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'DIV', 'H1', 'H2', 'H3', 'P', 'SPAN', 'BR', 'A']);
    fc.assert(
      fc.property(release, (generated) => {
        const document = new JSDOM(releaseToHtml(generated)).window.document;
        for (const element of document.querySelectorAll('*')) {
          expect(allowed.has(element.tagName)).toBe(true);
          for (const attribute of element.attributes) expect(attribute.name).not.toMatch(/^on/);
        }
        for (const link of document.querySelectorAll('a')) {
          expect(link.getAttribute('href')).toMatch(/^(https?:\/\/|mailto:)/);
        }
      }),
      // Parsing a whole page per run is slow; fewer runs still cover every field.
      { numRuns: 25 },
    );
  });
});

/** A block with no text at all would print as a blank line; give every text something to show. */
function withoutBlankTexts(generated: Release): Release {
  return JSON.parse(JSON.stringify(generated), (_key, value: unknown) =>
    typeof value === 'string' && value.trim() === '' ? 'x' : value,
  ) as Release;
}

/** A department line opens each run of contacts of one department (§6.8). */
function departmentLines(generated: Release): number {
  let lines = 0;
  let previous: string | undefined;
  generated.contacts.forEach((contact, index) => {
    if (contact.department && (index === 0 || contact.department !== previous)) lines += 1;
    previous = contact.department;
  });
  return lines;
}
