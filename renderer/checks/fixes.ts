/**
 * Safe fixes as editor transactions. A fix names offsets in the release text of its target;
 * the finding's decoration says which textblock that text lives in now (however the document
 * moved since the check), and locate.ts turns the offsets into positions there.
 */
import type { EditorState, Transaction } from '@tiptap/pm/state';
import type { Decoration } from '@tiptap/pm/view';
import { documentGlyphs } from '../../shared/schema';
import { textRange } from './locate';
import type { CheckedFinding } from './plugin';

type Edit = { from: number; to: number; text: string } | { from: number; to: number; remove: true } | { level: number; marker: string };

/** The textblock a finding's decoration sits in (an inline one inside it, a node one on it). */
function textblockOf(state: EditorState, decoration: Decoration, checked: CheckedFinding) {
  if (checked.inline) {
    const $from = state.doc.resolve(decoration.from);
    return { node: $from.parent, pos: $from.before() };
  }
  const node = state.doc.nodeAt(decoration.from);
  return node?.isTextblock ? { node, pos: decoration.from } : undefined;
}

/** Item level a target names: its depth in the body, or in an attachment page after the page's index. */
const levelOfTarget = (checked: CheckedFinding) => checked.finding.target.path.length - (checked.finding.target.part === 'attachment' ? 1 : 0);

function editOf(state: EditorState, decoration: Decoration): Edit | undefined {
  const checked = decoration.spec as CheckedFinding;
  const fix = checked.finding.fix;
  switch (fix?.kind) {
    case 'replaceText': {
      const textblock = textblockOf(state, decoration, checked);
      if (!textblock) return undefined;
      const { from, to } = textRange(textblock, [fix.range[0] + checked.shift, fix.range[1] + checked.shift]);
      return { from, to, text: fix.text };
    }
    case 'remove':
      return { from: decoration.from, to: decoration.to, remove: true };
    case 'setMarker':
      // Markers are the document's glyph per level, so the fix changes that level's glyph.
      return { level: levelOfTarget(checked), marker: fix.marker };
    default:
      return undefined;
  }
}

/**
 * One transaction applying the fixes of `decorations` (findings' squiggles), from the end of the
 * document backwards so earlier positions stay valid; an edit overlapping one already made is
 * skipped and will be reported again. Null when nothing applies.
 */
export function fixTransaction(state: EditorState, decorations: readonly Decoration[]): Transaction | null {
  const edits = decorations.flatMap((decoration) => editOf(state, decoration) ?? []);
  if (edits.length === 0) return null;
  const tr = state.tr;
  const glyphs = documentGlyphs(state.doc.attrs);
  let glyphsChanged = false;
  let appliedFrom = Infinity;
  const textEdits = edits.filter((edit): edit is Exclude<Edit, { level: number }> => !('level' in edit)).sort((a, b) => b.from - a.from);
  for (const edit of textEdits) {
    if (edit.to > appliedFrom) continue;
    if ('remove' in edit || edit.text === '') tr.delete(edit.from, edit.to);
    else tr.insertText(edit.text, edit.from, edit.to);
    appliedFrom = edit.from;
  }
  for (const edit of edits) {
    if (!('level' in edit) || edit.level < 1 || edit.level > glyphs.length) continue;
    glyphs[edit.level - 1] = edit.marker;
    glyphsChanged = true;
  }
  if (glyphsChanged) tr.setDocAttribute('glyphs', glyphs);
  return tr.docChanged || glyphsChanged ? tr : null;
}
