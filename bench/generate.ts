/**
 * Generated releases for the benchmark: deterministic (seeded), any number of body blocks,
 * mixed levels 1–4 with the odd plain paragraph and ※ remark, a `*` note on every fifth
 * block, a review comment on every tenth, and Korean sentences with English terms mixed in,
 * as in real MSIT releases. The same content is also offered as flat paragraphs for the bare
 * StarterKit and bare ProseMirror baselines, so all editors hold the same text.
 */
import { DEFAULT_GLYPHS } from '../shared/release/labels';
import type { Block, ItemBlock, ParagraphBlock, Release } from '../shared/release/model';
import type { EditorNodeJSON } from '../shared/document/envelope';
import type { Thread } from '../shared/review/threads';

/** A note is attached to every NOTE_EVERY-th block, a review comment to every COMMENT_EVERY-th. */
export const NOTE_EVERY = 5;
export const COMMENT_EVERY = 10;

const KOREAN_PHRASES = [
  '과학기술정보통신부는 국산 AI 반도체의 공공 실증을 확대하기 위해',
  '데이터센터와 공공 클라우드에 실증 환경을 구축하고',
  '선정된 기관은 과제당 최대 20억원을 지원받으며',
  '실증 기간은 계약일로부터 12개월이며 필요시 6개월 연장할 수 있다',
  '지역 소재 기관에는 서류 평가 가점을 부여한다',
  '중소기업의 탄소중립 공급망 대응을 지원하는 사업으로',
  '철도의 날을 맞아 유공자 포상과 기념행사를 열고',
  '생활안전위원회는 재난 대응 체계를 점검하였다',
  '성평등 정책 브리핑에서 주요 과제를 발표하였다',
  '2026. 12. 4.(금)부터 12. 31.(목)까지 신청을 받는다',
];

const ENGLISH_PHRASES = [
  'the Ministry of Science and ICT will expand public pilots of domestic AI chips',
  'NPU performance, inference latency and recovery time are measured on 12 indicators',
  'the Science Belt execution plan sets out the budget for 2026',
  'applications open on 4 December and close on 31 December',
];

const NOTED_TERMS = ['NPU', 'R&D', '실증', 'ESG', '공급망', 'KTX', 'MOU', '데이터센터'];

/** A small seeded generator (mulberry32): the same size always gives the same document. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

/** One block's sentence: two or three Korean phrases, one in four with an English clause. */
function sentence(random: () => number, index: number): string {
  const parts = [pick(random, KOREAN_PHRASES), pick(random, KOREAN_PHRASES)];
  if (random() < 0.4) parts.push(pick(random, KOREAN_PHRASES));
  if (index % 4 === 1) parts.push(`(${pick(random, ENGLISH_PHRASES)})`);
  return `${parts.join(', ')} (${index + 1}).`;
}

/**
 * The level of block `index` in a repeating outline that goes down and back up again
 * (□ ㅇ - · - ㅇ - ㅇ …), so every level appears and no level is ever skipped.
 */
const LEVEL_PATTERN = [1, 2, 3, 4, 3, 2, 3, 2, 2, 1, 2, 2, 3, 3, 2] as const;

/**
 * A release with `blockCount` body blocks, counting nested ones. Every 7th block is a plain
 * paragraph (문단식) when it would sit at level 1, every 13th a ※ remark (never on a noted
 * block, since remarks carry no notes).
 */
export function generateRelease(blockCount: number, seed = blockCount): Release {
  const random = seededRandom(seed);
  const body: Block[] = [];
  // The open item at each level, where the next deeper block is appended.
  const open: (ItemBlock | ParagraphBlock | undefined)[] = [];

  for (let index = 0; index < blockCount; index++) {
    const level = LEVEL_PATTERN[index % LEVEL_PATTERN.length] as 1 | 2 | 3 | 4;
    const noted = index % NOTE_EVERY === NOTE_EVERY - 1;
    const parent = level === 1 ? undefined : open[level - 2];
    const siblings = parent ? parent.children : body;

    if (!noted && index % 13 === 12 && parent) {
      siblings.push({ type: 'remark', text: sentence(random, index) });
      continue;
    }
    const term = pick(random, NOTED_TERMS);
    const text = noted ? `${term}* ${sentence(random, index)}` : sentence(random, index);
    const notes = noted ? [{ marker: '*', text: `${term}: ${pick(random, ENGLISH_PHRASES)}`, anchor: term }] : [];
    const block: ItemBlock | ParagraphBlock =
      level === 1 && index % 7 === 6
        ? { type: 'paragraph', text, notes, children: [] }
        : { type: 'item', level, marker: DEFAULT_GLYPHS[level - 1] as string, text, notes, children: [] };
    siblings.push(block);
    open[level - 1] = block;
    open.length = level;
  }

  return {
    format: 'bodo.release',
    version: 1,
    language: 'ko',
    kind: 'press-release',
    agency: '과학기술정보통신부',
    embargo: {
      text: '2026. 12. 3.(목) 12:00 이후(12. 4.(금) 조간)',
      online: '2026-12-03T12:00:00+09:00',
      print: '12. 4.(금) 조간',
      immediate: false,
    },
    distributed: '2026. 12. 3.(목)',
    title: `과기정통부, 국산 AI 반도체 실증 지원 사업 (${blockCount} blocks)`,
    subtitles: ['데이터센터·공공 클라우드 10곳에 국산 AI 반도체 실증 환경 구축', 'Benchmark document with Korean and English text'],
    body,
    attachments: [],
    contacts: [
      { role: 'head', department: '인공지능기반정책과', rank: '과장', name: '이영희', phone: '044-202-6000' },
      { role: 'staff', department: '인공지능기반정책과', rank: '사무관', name: '박민수', phone: '044-202-6001' },
    ],
  };
}

/** Every block in reading order, nested ones included. */
export function flattenBlocks(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((block) =>
    block.type === 'item' || block.type === 'paragraph' ? [block, ...flattenBlocks(block.children)] : [block],
  );
}

export function countBlocks(release: Release): number {
  return flattenBlocks(release.body).length;
}

/** Every text line a reader sees, in order: what the flat-paragraph baselines hold. */
export function releaseLines(release: Release): string[] {
  const lines = [release.title, ...release.subtitles];
  for (const block of flattenBlocks(release.body)) {
    if (block.type === 'table') lines.push(...block.rows.map((row) => row.join(' | ')));
    else lines.push(block.text);
    if (block.type === 'item' || block.type === 'paragraph') lines.push(...block.notes.map((note) => `${note.marker} ${note.text}`));
  }
  return lines;
}

/** The same text as flat paragraphs, in a JSON both the StarterKit and bare ProseMirror schemas read. */
export function flatParagraphDoc(release: Release): EditorNodeJSON {
  return {
    type: 'doc',
    content: releaseLines(release).map((text) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] })),
  };
}

/** Which blocks (indexes in reading order, nested blocks counted) carry a review comment: every COMMENT_EVERY-th. */
export function commentTargets(release: Release): number[] {
  const count = countBlocks(release);
  const targets: number[] = [];
  for (let index = COMMENT_EVERY - 1; index < count; index += COMMENT_EVERY) targets.push(index);
  return targets;
}

/** Editor nodes that are body blocks, in the order `flattenBlocks` counts them. */
const BODY_BLOCKS = new Set(['item', 'paragraph', 'remark', 'heading', 'pointer', 'table']);

/** The text nodes a block's comment covers: an item's or paragraph's own line, any other block's text. */
function ownText(block: EditorNodeJSON): EditorNodeJSON[] {
  const line = block.type === 'item' || block.type === 'paragraph' ? block.content?.[0] : block;
  return (line?.content ?? []).filter((node) => node.type === 'text');
}

/**
 * Puts a one-entry comment thread on each target block of an editor document, as a reviewer
 * commenting on the whole block would (the `comment` mark on its text), and returns the
 * threads for the envelope's `comments`.
 */
export function attachReviewComments(content: EditorNodeJSON, targets: readonly number[]): Thread[] {
  const wanted = new Set(targets);
  const threads: Thread[] = [];
  let index = 0;
  const visit = (node: EditorNodeJSON) => {
    if (BODY_BLOCKS.has(node.type)) {
      if (wanted.has(index)) {
        const id = `bench-thread-${index + 1}`;
        const text = ownText(node);
        for (const piece of text) piece.marks = [...(piece.marks ?? []), { type: 'comment', attrs: { threadId: id } }];
        const time = new Date(Date.UTC(2026, 10, 30, 9, 0, index % 60)).toISOString();
        threads.push({
          id,
          quote: text.map((piece) => piece.text ?? '').join(''),
          entries: [{ id: `${id}-1`, author: '검토자', time, text: '수치의 출처를 확인해 주세요.' }],
          resolved: null,
        });
      }
      index++;
    }
    node.content?.forEach(visit);
  };
  visit(content);
  return threads;
}
