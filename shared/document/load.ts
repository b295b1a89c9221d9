/**
 * Reading a `.bodo` file: text in, a valid current-version document or a message for the
 * user out. Every refusal names the file and says why in words a user can act on, as a
 * `hostErrors.load.*` reason the host words in the interface language (English in `message`).
 */
import type { z } from 'zod';
import { bodoEnvelopeSchema, DOCUMENT_FORMAT, DOCUMENT_VERSION, type BodoDocument, type EditorNodeJSON } from './envelope';
import { checkEditorContent } from '../schema';
import { MIGRATIONS, type Migration } from './migrations';
import { failure, type Failure, type Reason } from '../i18n/reason';

export type LoadResult = { ok: true; document: BodoDocument } | Failure;

/**
 * Deeper JSON than any real document (a release nests a handful of levels) is refused before
 * the recursive checks below walk it: a hostile file must get a message, not a stack overflow.
 */
export const MAX_NESTING = 200;

/** Options exist for tests: the real migrations table and editor schema are the defaults. */
export function parseDocumentFile(
  text: string,
  fileName: string,
  options: { migrations?: readonly Migration[] } = {},
): LoadResult {
  let parsed: unknown;
  try {
    // A byte-order mark is legal in UTF-8 files written by other tools but not in JSON.
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refusal(fileName, { key: 'load.notJson' });
  }
  return readDocumentValue(parsed, fileName, options);
}

/** The same checks as `parseDocumentFile`, for a document that arrives already parsed (the recovery journal). */
export function readDocumentValue(
  parsed: unknown,
  fileName: string,
  options: { migrations?: readonly Migration[] } = {},
): LoadResult {
  const refuse = (key: string, params?: Reason['params']) => refusal(fileName, params ? { key: `load.${key}`, params } : { key: `load.${key}` });
  if (!isRecord(parsed) || parsed.format !== DOCUMENT_FORMAT) {
    return refuse('notBodo');
  }

  const version = parsed.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return refuse('badVersion');
  }
  if (version > DOCUMENT_VERSION) {
    return refuse('newerVersion', { version, supported: DOCUMENT_VERSION });
  }
  if (nestingDepth(parsed) > MAX_NESTING) return refuse('nestedTooDeeply');

  const migrated = migrate(parsed, version, options.migrations ?? MIGRATIONS);
  if (!migrated) return refuse('noMigration', { version });

  const checked = bodoEnvelopeSchema.safeParse(migrated);
  if (!checked.success) return refuse('damaged', { detail: describeIssue(checked.error) });

  // The envelope checks the JSON's shape around the content; the editor schema checks the content.
  const contentProblem = checkEditorContent(checked.data.content);
  if (contentProblem !== null) return refuse('damaged', { detail: contentProblem });
  return { ok: true, document: checked.data };
}

const refusal = (fileName: string, cause: Reason): LoadResult => failure('openFailed', { file: fileName, cause });

/** How deep arrays and objects nest, measured without recursion (it must not overflow on what it measures). */
function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_NESTING) return deepest;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function migrate(
  file: Record<string, unknown>,
  version: number,
  migrations: readonly Migration[],
): Record<string, unknown> | null {
  let current = file;
  for (let at = version; at < DOCUMENT_VERSION; at++) {
    const step = migrations.find((m) => m.from === at);
    if (!step) return null;
    current = { ...step.migrate(current), version: at + 1 };
  }
  return current;
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'unknown problem';
  const where = issue.path.length > 0 ? issue.path.join('.') : 'the document';
  return `${where}: ${issue.message}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The document's title as the user sees it (for recent files and the window), or null when empty. */
export function documentTitle(document: BodoDocument): string | null {
  const title = findNode(document.content, 'title');
  const text = title ? textOf(title).replace(/\s+/g, ' ').trim() : '';
  return text === '' ? null : text;
}

function findNode(node: EditorNodeJSON, type: string): EditorNodeJSON | null {
  if (node.type === type) return node;
  for (const child of node.content ?? []) {
    const found = findNode(child, type);
    if (found) return found;
  }
  return null;
}

/**
 * The first words of the document's text after the title (header, subtitles and body in
 * reading order), for the recovery prompt.
 */
export function documentPreview(document: BodoDocument, length = 160): string {
  const parts = (document.content.content ?? [])
    .filter((part) => part.type !== 'title')
    .flatMap(blockTexts)
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '');
  const text = parts.join(' ');
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** The text of each text block (a line, a field, a note) under `node`, in reading order. */
function blockTexts(node: EditorNodeJSON): string[] {
  const children = node.content ?? [];
  const holdsText = children.some((child) => child.type === 'text' || child.type === 'hardBreak');
  return holdsText ? [textOf(node)] : children.flatMap(blockTexts);
}

function textOf(node: EditorNodeJSON): string {
  // A hard break inside a two-line title reads as a space in a one-line list.
  if (node.type === 'hardBreak') return ' ';
  return (node.text ?? '') + (node.content ?? []).map(textOf).join('');
}
