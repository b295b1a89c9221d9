/**
 * The house-style checks as a ProseMirror plugin. Findings live in a DecorationSet (the
 * squiggles), so every transaction maps them for free. Once typing pauses (RECHECK_DELAY_MS,
 * `recheckTransaction`) `checkBlock` re-checks only the units that differ from the document
 * last checked: a keystroke records nothing, and a burst of typing is checked once. The
 * document rules (header, title, contacts, length, style mix) and the context blocks share
 * (language, 문단식/□식, year) need the whole release: they run once typing pauses for longer,
 * and re-address block findings whose block moved.
 *
 * Checking a long release takes a few hundred milliseconds, so the plugin starts with no
 * findings and checks everything once the page is idle after its first frame (`firstPassTransaction`).
 */
import i18next from 'i18next';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { checkDocument, documentContext, isSilenced, msitProfile, type Finding, type Profile, type Silence } from '../../shared/checks';
import { releaseFromEditor } from '../../shared/document/convert';
import { afterPause } from '../editor/afterPause';
import { locateTarget, textRange, type TargetPlace } from './locate';
import { checkUnit, unitsBetween, type CheckUnit, type PlacedFinding, type SharedContext } from './units';

/** How long typing must pause before the document rules run. */
export const DOCUMENT_CHECK_DELAY_MS = 300;
/** How long typing must pause before the blocks it touched are checked again: out of the keystroke, not noticeably later. */
export const RECHECK_DELAY_MS = 50;

/** What a squiggle's decoration carries (its spec); the panel lists these. */
export type CheckedFinding = {
  finding: Finding;
  /** Block findings are redone with their unit; document findings when typing pauses. */
  scope: 'block' | 'document';
  silenced: boolean;
  /** Characters of the decorated textblock before the finding's text starts (see TargetPlace). */
  shift: number;
  /** Whether the decoration covers the finding's range, or marks a whole node. */
  inline: boolean;
};

export type ChecksState = {
  /** Every finding, silenced ones drawn as nothing (kept, so they can be counted). */
  decorations: DecorationSet;
  /** The context from the last document pass; null until the first full check after opening. */
  shared: SharedContext | null;
  silenced: readonly Silence[];
  /** The agency's rules and limits (settings); switching re-checks everything. */
  profile: Profile;
  /** Bumped whenever the findings are checked again (not when an edit only moves them), so panels know when to look again. */
  revision: number;
  /**
   * The document as its blocks were last checked (null before the first full check). What
   * changed since is found by comparing it with the document when the re-check runs, so a
   * keystroke notes nothing.
   */
  checked: PMNode | null;
};

type Range = { from: number; to: number };

type DocumentPass = { shared: SharedContext; findings: Finding[] };
type ChecksMeta = { silenced: readonly Silence[] } | { documentPass: DocumentPass } | { profile: Profile } | { firstPass: true } | { recheck: true };

export const checksKey = new PluginKey<ChecksState>('houseStyleChecks');

const messageLanguage = () => (i18next.language?.startsWith('ko') ? 'ko' : 'en');

/** Where a finding is drawn: over its range when it has one, else over its textblock or node. */
type Span = { from: number; to: number; inline: boolean };

function spanOf({ finding, place }: PlacedFinding): Span {
  const within = finding.range ?? (place.length !== undefined ? ([0, place.length] as const) : undefined);
  const range = place.textblock && within && textRange(place.textblock, [within[0] + place.shift, within[1] + place.shift]);
  if (range && range.from < range.to) return { ...range, inline: true };
  const { node, pos } = place.textblock ?? place.node;
  return { from: pos, to: pos + node.nodeSize, inline: false };
}

function draw(span: Span, checked: CheckedFinding): Decoration {
  const { finding } = checked;
  const attrs = checked.silenced
    ? {}
    : { class: `${span.inline ? 'check-squiggle' : 'check-block'} check-${finding.severity}`, title: finding.message[messageLanguage()], 'data-check-rule': finding.ruleId };
  return span.inline ? Decoration.inline(span.from, span.to, attrs, checked) : Decoration.node(span.from, span.to, attrs, checked);
}

function decorationOf(placed: PlacedFinding, scope: CheckedFinding['scope'], silenced: readonly Silence[]): Decoration {
  const span = spanOf(placed);
  return draw(span, { finding: placed.finding, scope, silenced: isSilenced(placed.finding, silenced), shift: placed.place.shift, inline: span.inline });
}

const checkedOf = (decoration: Decoration) => decoration.spec as CheckedFinding;

/** Findings of the document rules, placed where their targets are now. */
function placeDocumentFindings(doc: PMNode, findings: readonly Finding[]): PlacedFinding[] {
  return findings.flatMap((finding) => {
    const place: TargetPlace | undefined = locateTarget(doc, finding.target);
    return place ? [{ finding, place }] : [];
  });
}

function runDocumentRules(doc: PMNode, profile: Profile): DocumentPass {
  const release = releaseFromEditor(doc.toJSON());
  return { shared: documentContext(release), findings: checkDocument(release, { profile, today: new Date() }) };
}

const sameShared = (a: SharedContext, b: SharedContext) => a.language === b.language && a.bodyStyle === b.bodyStyle && a.year === b.year;

/** Block findings inside a unit (not ones merely touching its edges). */
function unitDecorations(set: DecorationSet, unit: CheckUnit): Decoration[] {
  const end = unit.pos + unit.node.nodeSize;
  return set.find(unit.pos, end, (spec: CheckedFinding) => spec.scope === 'block').filter((d) => d.from >= unit.pos && d.to <= end);
}

/** Re-checks units (with the shared context of the last document pass): their old block findings go, fresh ones come. */
function recheck(state: ChecksState, shared: SharedContext, doc: PMNode, units: readonly CheckUnit[]): DecorationSet {
  let set = state.decorations;
  for (const unit of units) {
    set = set.remove(unitDecorations(set, unit));
    const fresh = checkUnit(doc, unit, shared, state.profile).map((placed) => decorationOf(placed, 'block', state.silenced));
    if (fresh.length) set = set.add(doc, fresh);
  }
  return set;
}

/** Whether a unit's findings were addressed before blocks above it came or went. */
function addressedElsewhere(set: DecorationSet, unit: CheckUnit): boolean {
  const prefix = unit.target.path;
  return unitDecorations(set, unit).some((decoration) => {
    const { target } = checkedOf(decoration).finding;
    return target.part !== unit.target.part || prefix.some((index, i) => target.path[i] !== index);
  });
}

/** Every finding of the document, built in one go (on open, and when the shared context changes). */
function checkEverything(doc: PMNode, pass: DocumentPass, silenced: readonly Silence[], profile: Profile): DecorationSet {
  const placed = [
    ...placeDocumentFindings(doc, pass.findings).map((one) => decorationOf(one, 'document', silenced)),
    ...unitsBetween(doc, 0, doc.content.size).flatMap((unit) => checkUnit(doc, unit, pass.shared, profile).map((one) => decorationOf(one, 'block', silenced))),
  ];
  return DecorationSet.create(doc, placed);
}

function applyDocumentPass(state: ChecksState, doc: PMNode, pass: DocumentPass): DecorationSet {
  // A changed context (or none yet) can change any block's findings; otherwise only addresses may be stale.
  if (!state.shared || !sameShared(state.shared, pass.shared)) return checkEverything(doc, pass, state.silenced, state.profile);
  let set = state.decorations.remove(state.decorations.find(undefined, undefined, (spec: CheckedFinding) => spec.scope === 'document'));
  set = set.add(doc, placeDocumentFindings(doc, pass.findings).map((placed) => decorationOf(placed, 'document', state.silenced)));
  const moved = unitsBetween(doc, 0, doc.content.size).filter((unit) => addressedElsewhere(set, unit));
  return recheck({ ...state, decorations: set }, pass.shared, doc, moved);
}

/** Redraws findings whose silenced state changed, where they are. */
function applySilences(state: ChecksState, doc: PMNode, silenced: readonly Silence[]): DecorationSet {
  const changed = state.decorations.find(undefined, undefined, (spec: CheckedFinding) => spec.silenced !== isSilenced(spec.finding, silenced));
  const redrawn = changed.map((decoration) => {
    const checked = checkedOf(decoration);
    return draw({ from: decoration.from, to: decoration.to, inline: checked.inline }, { ...checked, silenced: !checked.silenced });
  });
  return state.decorations.remove(changed).add(doc, redrawn);
}

/** What a document without silences has: one value, so telling the plugin so again changes nothing. */
export const NO_SILENCES: readonly Silence[] = [];

/** The state on open: no findings yet, so the editor paints before the first full check. */
const initialState = (profile: Profile): ChecksState => ({ decorations: DecorationSet.empty, shared: null, silenced: NO_SILENCES, profile, revision: 0, checked: null });

/** The units inside changed ranges, widened by one position so a join or split reaches both sides. */
function unitsIn(doc: PMNode, ranges: readonly Range[]): CheckUnit[] {
  const size = doc.content.size;
  const seen = new Set<number>();
  return ranges
    .flatMap(({ from, to }) => unitsBetween(doc, Math.max(0, from - 1), Math.min(size, to + 1)))
    .filter((unit) => !seen.has(unit.pos) && Boolean(seen.add(unit.pos)));
}

/** Where `doc` differs from `before`: one range from the first difference to the last, or null. */
function changedSince(before: PMNode, doc: PMNode): Range | null {
  // Markers are the document's glyphs: a change of its attributes can touch every item.
  if (before.attrs !== doc.attrs) return { from: 0, to: doc.content.size };
  const from = before.content.findDiffStart(doc.content);
  if (from === null) return null;
  const end = before.content.findDiffEnd(doc.content);
  if (!end) return { from, to: doc.content.size };
  // Repeated text can make the two ends cross: widen the change by the overlap, as ProseMirror does.
  const overlap = from - Math.min(end.a, end.b);
  return { from, to: end.b + Math.max(0, overlap) };
}

/**
 * The state after a transaction. Per keystroke this only maps the findings; the re-check of the
 * blocks changed since the last one is its own transaction.
 */
function recheckAfterTransaction(state: ChecksState, tr: Transaction): ChecksState {
  const meta = tr.getMeta(checksKey) as ChecksMeta | undefined;
  if (!tr.docChanged && !meta) return state;
  // Findings change with a meta (a re-check, a pass, silences, a profile); an edit only moves them.
  let next: ChecksState = { ...state, decorations: state.decorations.map(tr.mapping, tr.doc), revision: state.revision + (meta ? 1 : 0) };
  // Before the first full check there is nothing to redo: that check covers every block anyway.
  const { shared } = next;
  if (shared && meta && 'recheck' in meta) {
    const changed = next.checked && changedSince(next.checked, tr.doc);
    next = { ...next, checked: tr.doc, decorations: changed ? recheck(next, shared, tr.doc, unitsIn(tr.doc, [changed])) : next.decorations };
  }
  if (meta && 'silenced' in meta) next = { ...next, silenced: meta.silenced, decorations: applySilences(next, tr.doc, meta.silenced) };
  if (meta && 'documentPass' in meta) {
    // A pass before the first full check checks every block: the blocks stand checked as of now.
    next = { ...next, decorations: applyDocumentPass(next, tr.doc, meta.documentPass), shared: meta.documentPass.shared, checked: next.checked ?? tr.doc };
  }
  if (meta && ('profile' in meta || 'firstPass' in meta)) {
    const profile = 'profile' in meta ? meta.profile : next.profile;
    const pass = runDocumentRules(tr.doc, profile);
    next = { ...next, profile, shared: pass.shared, checked: tr.doc, decorations: checkEverything(tr.doc, pass, next.silenced, profile) };
  }
  return next;
}

/**
 * Dispatches a transaction no keystroke made (the checks' timers). Not while an IME composes:
 * redrawing squiggles around the syllable being composed could break it, so it waits (`later`).
 * First ProseMirror reads a selection the browser moved and has not reported yet (Home or an
 * arrow key a moment ago): the update would otherwise put the caret back where it was.
 */
function dispatchInBackground(view: EditorView, make: (state: EditorState) => Transaction | null, later: (again: () => void) => void): void {
  if (view.isDestroyed) return;
  if (view.composing) return later(() => dispatchInBackground(view, make, later));
  // ProseMirror's own input handlers do the same before acting (not in its typings).
  (view as unknown as { domObserver: { flush(): void } }).domObserver.flush();
  const tr = make(view.state);
  if (tr) view.dispatch(tr);
}

/** An idle callback, at most a second late; a timeout where the page has none (tests). */
const whenIdle = (run: () => void): number =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 1000 }) : Number(setTimeout(run, 0));
const cancelIdle = (handle: number) => (typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : clearTimeout(handle));

export function checksPlugin(profile: Profile): Plugin<ChecksState> {
  return new Plugin<ChecksState>({
    key: checksKey,
    state: {
      init: () => initialState(profile),
      apply: (tr, value) => recheckAfterTransaction(value, tr),
    },
    props: {
      decorations: (state) => checksKey.getState(state)?.decorations,
    },
    view: (view) => {
      const retries = new Set<ReturnType<typeof setTimeout>>();
      const later = (again: () => void) => {
        const retry = setTimeout(() => {
          retries.delete(retry);
          again();
        }, RECHECK_DELAY_MS);
        retries.add(retry);
      };
      // One timer per pause, not one per keystroke; a burst of typing is checked once.
      const recheck = afterPause(RECHECK_DELAY_MS, () => dispatchInBackground(view, recheckTransaction, later));
      const documentPass = afterPause(DOCUMENT_CHECK_DELAY_MS, () => dispatchInBackground(view, documentPassTransaction, later));
      // After the first frame is drawn (rAF runs just before it), once the page is idle: the
      // full check of a long release takes a while, and a first click or keystroke comes first.
      let firstPass: number | undefined;
      const frame = requestAnimationFrame(() => {
        firstPass = whenIdle(() => {
          dispatchInBackground(view, (state) => (checksKey.getState(state)?.shared ? null : firstPassTransaction(state)), later);
        });
      });
      return {
        update: (view, previous) => {
          if (view.state.doc === previous.doc) return;
          // Before the first full check there is nothing to redo: that check covers every block.
          if (checksKey.getState(view.state)?.checked) recheck.touch();
          documentPass.touch();
        },
        destroy: () => {
          cancelAnimationFrame(frame);
          if (firstPass !== undefined) cancelIdle(firstPass);
          documentPass.cancel();
          recheck.cancel();
          retries.forEach((retry) => clearTimeout(retry));
        },
      };
    },
  });
}

/** Re-checks the blocks changed since the last check: what the plugin does a moment after typing. */
export function recheckTransaction(state: EditorState): Transaction {
  return state.tr.setMeta(checksKey, { recheck: true } satisfies ChecksMeta).setMeta('addToHistory', false);
}

/** Runs the document rules on the current document: what the plugin does once typing pauses. */
export function documentPassTransaction(state: EditorState): Transaction {
  const documentPass = runDocumentRules(state.doc, checksKey.getState(state)?.profile ?? msitProfile);
  return state.tr.setMeta(checksKey, { documentPass } satisfies ChecksMeta).setMeta('addToHistory', false);
}

/** Checks everything for the first time: what the plugin does right after the editor first paints. */
export function firstPassTransaction(state: EditorState): Transaction {
  return state.tr.setMeta(checksKey, { firstPass: true } satisfies ChecksMeta).setMeta('addToHistory', false);
}

/** Switches the check profile (the agency's, from settings). */
export function setProfile(state: EditorState, profile: Profile): Transaction {
  return state.tr.setMeta(checksKey, { profile } satisfies ChecksMeta).setMeta('addToHistory', false);
}

/** Tells the plugin which findings the author silenced (from the .bodo envelope). */
export function setSilenced(state: EditorState, silenced: readonly Silence[]): Transaction {
  return state.tr.setMeta(checksKey, { silenced } satisfies ChecksMeta).setMeta('addToHistory', false);
}
