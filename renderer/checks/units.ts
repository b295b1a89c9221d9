/**
 * Check units: the pieces of the editor document the block rules re-check one at a time. A
 * unit is the title, a subtitle, an attachment's title, or one top-level block of the body or
 * of an attachment page with everything nested in it. A keystroke touches one unit, so only
 * that unit is checked again.
 */
import type { Node as PMNode } from '@tiptap/pm/model';
import { checkBlock, type BlockContext, type BlockRole, type Finding, type Profile, type Target } from '../../shared/checks';
import { levelOf } from '../../shared/checks/rules/structure';
import { releaseFromEditor } from '../../shared/document/convert';
import type { Block } from '../../shared/release/model';
import { childrenOf, countsAsBlock, fieldTextblock, isSubtitleWritten, nestedBlocks, type Placed, type TargetPlace } from './locate';

export type CheckUnit = Placed & { role: BlockRole; target: Target };

/** What every unit's context shares: recomputed from the whole release only when typing pauses. */
export type SharedContext = Pick<BlockContext, 'language' | 'bodyStyle' | 'year'>;

/** A finding placed in the editor document. */
export type PlacedFinding = { finding: Finding; place: TargetPlace };

/** Text of a title-like textblock as the release has it (a hard break is a line break). */
function plainText(node: PMNode): string {
  return node.textBetween(0, node.content.size, undefined, (leaf) => (leaf.type.name === 'hardBreak' ? '\n' : ''));
}

/**
 * The units overlapping `from`…`to`, with their release targets. Finding a block's index means
 * counting the blocks before it that the release keeps (a cached test per block).
 */
export function unitsBetween(doc: PMNode, from: number, to: number): CheckUnit[] {
  const units: CheckUnit[] = [];
  let subtitle = 0;
  let attachment = 0;
  for (const part of childrenOf(doc, -1)) {
    const end = part.pos + part.node.nodeSize;
    const overlaps = part.pos <= to && end >= from;
    switch (part.node.type.name) {
      case 'title':
        if (overlaps) units.push({ ...part, role: 'title', target: { part: 'title', path: [] } });
        break;
      case 'subtitle':
        if (!isSubtitleWritten(part.node)) break;
        if (overlaps) units.push({ ...part, role: 'subtitle', target: { part: 'subtitle', path: [subtitle] } });
        subtitle++;
        break;
      case 'body':
        if (overlaps) units.push(...blockUnits(part, 'body', [], 0, from, to));
        break;
      case 'attachment':
        if (overlaps) units.push(...blockUnits(part, 'attachment', [attachment], 1, from, to));
        attachment++;
        break;
    }
    if (part.pos > to) break;
  }
  return units;
}

/** The top-level blocks of a body or an attachment page (whose first child is its title) in range. */
function blockUnits(container: Placed, part: 'body' | 'attachment', prefix: number[], skip: number, from: number, to: number): CheckUnit[] {
  const units: CheckUnit[] = [];
  const children = childrenOf(container.node, container.pos);
  if (skip === 1 && children[0] && overlapsRange(children[0], from, to)) {
    units.push({ ...children[0], role: 'attachmentTitle', target: { part, path: prefix, field: 'title' } });
  }
  let index = 0;
  for (const child of children.slice(skip)) {
    if (child.pos > to) break;
    if (!countsAsBlock(child.node)) continue;
    if (overlapsRange(child, from, to)) units.push({ ...child, role: 'block', target: { part, path: [...prefix, index] } });
    index++;
  }
  return units;
}

function overlapsRange({ node, pos }: Placed, from: number, to: number): boolean {
  return pos <= to && pos + node.nodeSize >= from;
}

/** One top-level block as the release reads it (drafts give nothing). */
function releaseBlockOf(doc: PMNode, unit: CheckUnit): Block | undefined {
  if (unit.role !== 'block') return { type: 'heading', text: plainText(unit.node) };
  const container = { type: 'body', content: [unit.node.toJSON()] };
  return releaseFromEditor({ type: 'doc', attrs: doc.attrs, content: [container] }).body[0];
}

/** Block findings of a unit and of every block nested in it, each placed in the editor. */
export function checkUnit(doc: PMNode, unit: CheckUnit, shared: SharedContext, profile: Profile): PlacedFinding[] {
  const block = releaseBlockOf(doc, unit);
  if (!block) return [];
  const placed: PlacedFinding[] = [];
  const visit = (editorBlock: Placed, releaseBlock: Block, target: Target, parentLevel: number, role: BlockRole) => {
    const context: BlockContext = { ...shared, role, target, parentLevel };
    for (const finding of checkBlock(releaseBlock, context, profile)) {
      const textblock = fieldTextblock(editorBlock, finding.target);
      placed.push({ finding, place: textblock ? { node: editorBlock, textblock, shift: 0 } : { node: editorBlock, shift: 0 } });
    }
    if (!('children' in releaseBlock)) return;
    const nested = nestedBlocks(editorBlock);
    releaseBlock.children.forEach((child, i) => {
      const editorChild = nested[i];
      if (editorChild) visit(editorChild, child, { ...target, path: [...target.path, i] }, levelOf(releaseBlock), 'block');
    });
  };
  visit(unit, block, unit.target, 0, unit.role);
  return placed;
}
