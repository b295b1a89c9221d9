import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { emptyRelease, releaseSchema, type Release } from '../release/model';
import { releaseToJSON } from './json';
import schema from './release.schema.json';

const RELEASES = join(__dirname, '../fixtures/releases');
const goldenNames = readdirSync(RELEASES)
  .filter((name) => name.endsWith('.expected.json'))
  .map((name) => name.replace('.expected.json', ''));
const goldenText = (name: string) => readFileSync(join(RELEASES, `${name}.expected.json`), 'utf8');

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
function expectValid(json: unknown): void {
  const valid = validate(json);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

describe('release JSON export', () => {
  it.each(goldenNames)('writes %s exactly as the golden JSON', (name) => {
    const release = releaseSchema.parse(JSON.parse(goldenText(name)));
    expect(releaseToJSON(release)).toBe(goldenText(name));
  });

  it.each(goldenNames)('the golden %s is valid against the published schema', (name) => {
    expectValid(JSON.parse(goldenText(name)));
  });

  it('keeps only release content, in the published order, and stays valid', () => {
    const withInternals = {
      ...emptyRelease('ko'),
      editorId: 'doc-1',
      comments: [{ text: '내부 검토 의견' }],
      title: '제목',
      embargo: { text: '배포 즉시 보도 가능', immediate: true, online: undefined },
      body: [
        { type: 'item', level: 1, marker: '□', text: '본문', notes: [{ marker: '*', text: '주', anchor: '본문', id: 'n1' }], children: [], blockId: 'b1' },
        { type: 'table', rows: [['가', '나']], caption: undefined },
      ],
      contacts: [{ phone: '044-000-0000', name: '홍길동', role: 'head' }],
    } as unknown as Release;
    const json = releaseToJSON(withInternals);
    expect(json).not.toMatch(/editorId|comments|내부 검토|blockId|"id"|undefined/);
    const parsed = JSON.parse(json);
    expect(Object.keys(parsed)).toEqual(Object.keys(emptyRelease()));
    expect(parsed.embargo).toEqual({ text: '배포 즉시 보도 가능', immediate: true });
    expect(parsed.body[0].notes[0]).toEqual({ marker: '*', text: '주', anchor: '본문' });
    expect(Object.keys(parsed.contacts[0])).toEqual(['role', 'name', 'phone']);
    expectValid(parsed);
    expect(releaseSchema.safeParse(parsed).success).toBe(true);
  });

  it('the schema rejects what the model rejects: skipped fields and unknown block types', () => {
    const release = JSON.parse(goldenText('ko-sample-ai-chips'));
    expect(validate({ ...release, title: undefined })).toBe(false);
    expect(validate({ ...release, body: [{ type: 'image', src: 'x.png' }] })).toBe(false);
    expect(validate({ ...release, body: [{ type: 'item', level: 5, marker: '□', text: '', notes: [], children: [] }] })).toBe(false);
  });
});
