/**
 * Finding a target's text in a release, and changing it. The write helpers mutate: callers
 * (applyFix) work on their own copy so a release handed in is never changed.
 */
import { findDates } from '../release/dates';
import { parseEmbargo } from '../release/embargo';
import type { Block, Release } from '../release/model';
import type { Target } from './types';

function blockIn(blocks: Block[], path: readonly number[]): Block | undefined {
  let block: Block | undefined;
  let level: Block[] = blocks;
  for (const index of path) {
    block = level[index];
    if (!block) return undefined;
    level = 'children' in block ? block.children : [];
  }
  return block;
}

/** The blocks list a body or attachment path starts in, and the rest of the path. */
function blockRoot(release: Release, target: Target): { blocks: Block[]; path: number[] } | undefined {
  if (target.part === 'body') return { blocks: release.body, path: target.path };
  if (target.part === 'attachment') {
    const attachment = release.attachments[target.path[0] ?? -1];
    return attachment && { blocks: attachment.body, path: target.path.slice(1) };
  }
  return undefined;
}

export function blockAt(release: Release, target: Target): Block | undefined {
  const root = blockRoot(release, target);
  return root && root.path.length > 0 ? blockIn(root.blocks, root.path) : undefined;
}

/** "body 2.1", "subtitle 1", "attachment 1 3", "header embargo": 1-based, as a reader counts. */
export function blockLabel(target: Target): string {
  const numbers = target.path.map((i) => i + 1);
  switch (target.part) {
    case 'header':
      return target.field ? `header ${target.field}` : 'header';
    case 'title':
      return 'title';
    case 'subtitle':
      return `subtitle ${numbers[0] ?? ''}`.trim();
    case 'body':
      return numbers.length ? `body ${numbers.join('.')}` : 'body';
    case 'attachment': {
      const [attachment, ...rest] = numbers;
      return [`attachment ${attachment ?? ''}`.trim(), rest.join('.')].filter(Boolean).join(' ');
    }
    case 'contacts':
      return numbers.length ? `contacts ${numbers.join('.')}` : 'contacts';
  }
}

export function readText(release: Release, target: Target): string | undefined {
  const [i = -1, j = -1] = target.at ?? [];
  switch (target.part) {
    case 'header':
      if (target.field === 'embargo') return release.embargo?.text;
      if (target.field === 'distributed') return release.distributed ?? undefined;
      return undefined;
    case 'title':
      return release.title;
    case 'subtitle':
      return release.subtitles[target.path[0] ?? -1];
    case 'contacts':
      return target.field === 'phone' ? release.contacts[target.path[0] ?? -1]?.phone : undefined;
    case 'attachment':
      if (target.field === 'title' && target.path.length === 1) return release.attachments[target.path[0] ?? -1]?.title;
  }
  const block = blockAt(release, target);
  if (!block) return undefined;
  switch (target.field ?? 'text') {
    case 'text':
      return 'text' in block ? block.text : undefined;
    case 'note':
      return 'notes' in block ? block.notes[i]?.text : undefined;
    case 'caption':
      return block.type === 'table' ? block.caption : undefined;
    case 'cell':
      return block.type === 'table' ? block.rows[i]?.[j] : undefined;
    case 'marker':
      return block.type === 'item' ? block.marker : undefined;
    default:
      return undefined;
  }
}

/** Sets a target's text; returns false when the target does not exist (the release moved on). */
export function writeText(release: Release, target: Target, text: string): boolean {
  if (readText(release, target) === undefined) return false;
  const [i = 0, j = 0] = target.at ?? [];
  const index = target.path[0] ?? 0;
  switch (target.part) {
    case 'header':
      if (target.field === 'embargo') {
        // Keep the parsed parts in step with the text they come from.
        release.embargo = parseEmbargo(text, yearOf(release.distributed)) ?? { text, online: null, print: null, immediate: false };
      } else release.distributed = text;
      return true;
    case 'title':
      release.title = text;
      return true;
    case 'subtitle':
      release.subtitles[index] = text;
      return true;
    case 'contacts':
      (release.contacts[index] as { phone?: string }).phone = text;
      return true;
  }
  if (target.part === 'attachment' && target.field === 'title' && target.path.length === 1) {
    (release.attachments[index] as { title: string }).title = text;
    return true;
  }
  const block = blockAt(release, target) as Block;
  switch (target.field ?? 'text') {
    case 'text':
      (block as { text: string }).text = text;
      return true;
    case 'note':
      if ('notes' in block) (block.notes[i] as { text: string }).text = text;
      return true;
    case 'caption':
      if (block.type === 'table') block.caption = text;
      return true;
    case 'cell':
      if (block.type === 'table') (block.rows[i] as string[])[j] = text;
      return true;
    case 'marker':
      if (block.type === 'item') block.marker = text;
      return true;
    default:
      return false;
  }
}

/** Removes a subtitle or a block; returns false when it is not there. */
export function removeTarget(release: Release, target: Target): boolean {
  if (target.part === 'subtitle') {
    const index = target.path[0] ?? -1;
    if (index < 0 || index >= release.subtitles.length) return false;
    release.subtitles.splice(index, 1);
    return true;
  }
  const root = blockRoot(release, target);
  if (!root || root.path.length === 0) return false;
  const parentPath = root.path.slice(0, -1);
  const parent = parentPath.length ? blockIn(root.blocks, parentPath) : undefined;
  const siblings = parentPath.length ? (parent && 'children' in parent ? parent.children : undefined) : root.blocks;
  const index = root.path[root.path.length - 1] as number;
  if (!siblings || index >= siblings.length) return false;
  siblings.splice(index, 1);
  return true;
}

/** The year a header date names (`2026. 12. 3.(목)`), or null. */
export function yearOf(written: string | null | undefined): number | null {
  return (written && findDates(written).find((date) => date.year !== null)?.year) || null;
}
