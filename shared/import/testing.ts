/**
 * Helpers the importer tests share (no Node here; the test files read the fixtures): how a
 * careful reader counts a release, and the text-survival comparison.
 */
import type { Block, Release } from '../release/model';

/** Items per marker as written (□ 5, ㅇ 7 …), plus notes, remarks and tables, over all pages. */
export function readerCounts(release: Release): Record<string, number> {
  const counts: Record<string, number> = {};
  const add = (key: string) => {
    counts[key] = (counts[key] ?? 0) + 1;
  };
  const visit = (block: Block) => {
    if (block.type === 'item') add(block.marker);
    else add(block.type);
    if (block.type === 'item' || block.type === 'paragraph') {
      block.notes.forEach(() => add('note'));
      block.children.forEach(visit);
    }
  };
  release.body.forEach(visit);
  release.attachments.forEach((attachment) => attachment.body.forEach(visit));
  return counts;
}

/**
 * Header and contact labels are re-spelled by the exporter (보도일시 → 보도시점, 담당과장 →
 * 책임자 …); what must survive is every other run of text between them.
 */
const LABELS = /보도시점|보도일시|배포일시|배포|담당부서|담당기관|담당과장|담당자|책임자|담·당·자/g;

/** The pieces of a source line that must reappear in an export, whitespace ignored. */
export function survivingPieces(line: string): string[] {
  return line
    .replace(/\s+/g, '')
    .split(LABELS)
    .map((piece) => piece.replace(/^[:：/]+/, '').replace(/[:：/\-–‐]+$/, ''))
    .filter((piece) => piece !== '');
}

export function withoutWhitespace(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Note anchors are editor knowledge that plain text cannot carry. */
export function withoutAnchors(release: Release): Release {
  return JSON.parse(JSON.stringify(release, (key, value) => (key === 'anchor' ? undefined : value))) as Release;
}
