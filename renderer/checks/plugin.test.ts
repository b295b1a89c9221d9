// @vitest-environment jsdom
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { EditorView } from '@tiptap/pm/view';
import { describe, expect, it, vi } from 'vitest';
import { checkRelease, defaultProfile, msitProfile, type Silence } from '../../shared/checks';
import { releaseFromEditor } from '../../shared/document/convert';
import type { EditorNodeJSON } from '../../shared/document/envelope';
import { editorSchema } from '../../shared/schema';
import { item, line, note, paragraph, ref, textNode } from '../../shared/schema/testing';
import { listFindings } from './findings';
import { fixTransaction } from './fixes';
import { checksKey, checksPlugin, documentPassTransaction, firstPassTransaction, RECHECK_DELAY_MS, recheckTransaction, setProfile, setSilenced } from './plugin';

function documentJSON(body: EditorNodeJSON[], embargo = '2026. 12. 3.(목) 12:00'): EditorNodeJSON {
  return {
    type: 'doc',
    attrs: { language: 'ko' },
    content: [
      { type: 'header', content: [textNode('agency', '과학기술정보통신부'), textNode('embargo', embargo), textNode('distribution', '2026. 12. 2.(수)')] },
      textNode('title', '과기정통부, AI 반도체 실증 공모'),
      { type: 'body', content: body },
      {
        type: 'contacts',
        content: [{ type: 'contactGroup', content: [textNode('department', '인공지능정책과'), { type: 'contact', attrs: { role: 'head' }, content: [{ type: 'text', text: '과장 홍길동 (044-202-4501)' }] }, { type: 'contact', attrs: { role: 'staff' }, content: [{ type: 'text', text: '사무관 김철수 (044-202-4502)' }] }] }],
      },
    ],
  };
}

/** A document as just opened, before the editor's first frame: nothing checked yet. */
const openedOf = (json: EditorNodeJSON) => EditorState.create({ schema: editorSchema(), doc: editorSchema().nodeFromJSON(json), plugins: [checksPlugin(msitProfile)] });
/** A document once the editor has painted and run the first full check. */
const stateOf = (json: EditorNodeJSON) => {
  const opened = openedOf(json);
  return opened.apply(firstPassTransaction(opened));
};

/** Findings as the panel lists them: rule, the text the squiggle covers, silenced or not. */
function shown(state: EditorState) {
  return listFindings(state).findings.map(({ decoration, checked }) => ({
    rule: checked.finding.ruleId,
    text: state.doc.textBetween(decoration.from, decoration.to, '|'),
    label: checked.finding.blockLabel,
  }));
}

/** The plugin's findings are the command line's, rule by rule and block by block. */
function expectSameAsCommandLine(state: EditorState) {
  const engine = checkRelease(releaseFromEditor(state.doc.toJSON()), { profile: msitProfile }).map((f) => `${f.ruleId} ${f.blockLabel}`);
  expect(listFindings(state).findings.map(({ checked }) => `${checked.finding.ruleId} ${checked.finding.blockLabel}`).sort()).toEqual(engine.sort());
}

/** Position just after the first occurrence of `needle`. */
function after(state: EditorState, needle: string): number {
  let found = -1;
  state.doc.descendants((node, pos) => {
    if (found < 0 && node.isText && node.text!.includes(needle)) found = pos + node.text!.indexOf(needle) + needle.length;
    return found < 0;
  });
  if (found < 0) throw new Error(`"${needle}" not in the document`);
  return found;
}

const apply = (state: EditorState, tr: Transaction | null) => (tr ? state.apply(tr) : state);
const type = (state: EditorState, text: string, at: number) => state.apply(state.tr.insertText(text, at));
/** What the editor does a moment after a change: re-check the blocks it touched. */
const recheck = (state: EditorState) => state.apply(recheckTransaction(state));
/** What the editor does once typing pauses. */
const settle = (state: EditorState) => {
  const rechecked = recheck(state);
  return rechecked.apply(documentPassTransaction(rechecked));
};

const sample = [item(1, '과기정통부는 국산 NPU를 실증한다'), item(1, '과제당 최대 20억원을 지원한다', item(2, '접수는 12월까지'))];

describe('house-style checks in the editor', () => {
  it('finds what the command line finds, placed over the text it is about', () => {
    const state = stateOf(documentJSON(sample, '2026. 12. 3.(수) 12:00'));
    expect(shown(state)).toContainEqual({ rule: 'header/weekday-mismatch', text: '수', label: 'header embargo' });
    expectSameAsCommandLine(state);
  });

  it('opens with no findings and checks everything in the first pass, typing before it included', () => {
    let state = openedOf(documentJSON([...sample, item(1, '예산은  100억원이다')], '2026. 12. 3.(수) 12:00'));
    expect(listFindings(state).findings).toEqual([]);
    state = type(state, '  ', after(state, '국산'));
    expect(listFindings(state).findings).toEqual([]);
    state = state.apply(firstPassTransaction(state));
    expectSameAsCommandLine(state);
    expect(shown(state).filter((f) => f.rule === 'text/double-space').map((f) => f.label)).toEqual(['body 1', 'body 3']);
    expect(checksKey.getState(state)?.shared).not.toBeNull();
  });

  it('re-checks the block being typed in a moment later, and leaves the others alone', () => {
    let state = stateOf(documentJSON([...sample, item(1, '예산은  100억원이다')]));
    const before = listFindings(state).findings.find(({ checked }) => checked.finding.ruleId === 'text/double-space');
    expect(before && state.doc.textBetween(before.decoration.from, before.decoration.to)).toBe('  ');

    state = type(state, '  ', after(state, '국산'));
    // The keystroke itself only notes where it typed.
    expect(shown(state).filter((f) => f.rule === 'text/double-space').map((f) => f.label)).toEqual(['body 3']);
    state = recheck(state);
    const doubles = shown(state).filter((f) => f.rule === 'text/double-space');
    expect(doubles.map((f) => f.label)).toEqual(['body 1', 'body 3']);
    // The untouched block's finding is the same object, mapped, not checked again.
    expect(listFindings(state).findings.some(({ checked }) => checked === before?.checked)).toBe(true);
  });

  it('re-checks every block changed since the last re-check, however far apart', () => {
    let state = stateOf(documentJSON([...sample, item(1, '예산은 100억원이다')]));
    expect(shown(state).filter((f) => f.rule === 'text/double-space')).toEqual([]);
    state = type(state, '  ', after(state, '국산'));
    state = type(state, ' ', after(state, '예산은 '));
    state = recheck(state);
    expect(shown(state).filter((f) => f.rule === 'text/double-space').map((f) => f.label)).toEqual(['body 1', 'body 3']);
    // Nothing changed since: a re-check finds nothing to do and keeps the findings.
    expect(shown(recheck(state))).toEqual(shown(state));
  });

  it('in the editor, re-checks a burst of typing once, when the typing pauses', () => {
    vi.useFakeTimers();
    const view = new EditorView(document.createElement('div'), { state: stateOf(documentJSON(sample)) });
    try {
      const revision = () => checksKey.getState(view.state)!.revision;
      const start = revision();
      for (const char of '  예산') {
        view.dispatch(view.state.tr.insertText(char, after(view.state, '국산')));
        vi.advanceTimersByTime(RECHECK_DELAY_MS - 10);
      }
      // Still typing: nothing checked yet, the squiggle waits.
      expect(revision()).toBe(start);
      expect(shown(view.state).filter((f) => f.rule === 'text/double-space')).toEqual([]);
      vi.advanceTimersByTime(10);
      expect(revision()).toBe(start + 1);
      expect(shown(view.state).filter((f) => f.rule === 'text/double-space').map((f) => f.label)).toEqual(['body 1']);
    } finally {
      view.destroy();
      vi.useRealTimers();
    }
  });

  it('keeps re-checking typed blocks when the pause after typing came before the first full check', () => {
    let state = openedOf(documentJSON(sample));
    state = type(state, '  ', after(state, '국산'));
    state = state.apply(documentPassTransaction(state));
    expect(shown(state).filter((f) => f.rule === 'text/double-space').map((f) => f.label)).toEqual(['body 1']);
    state = type(state, '  ', after(state, '최대'));
    state = recheck(state);
    expect(shown(state).filter((f) => f.rule === 'text/double-space').map((f) => f.label)).toEqual(['body 1', 'body 2']);
  });

  it('maps ranges across note marks, which read as asterisks in the release text', () => {
    const withNote = paragraph(line('신경망처리장치', ref('n1'), { type: 'text', text: '를 실증한다  이번에' }), note('NPU', 'n1'));
    const state = stateOf(documentJSON([withNote]));
    const double = shown(state).find((f) => f.rule === 'text/double-space');
    expect(double).toMatchObject({ text: '  ', label: 'body 1' });
  });

  it('applies a fix as an editor change, and the finding goes', () => {
    let state = stateOf(documentJSON(sample, '2026. 12. 3.(수) 12:00'));
    const weekday = listFindings(state).findings.find(({ checked }) => checked.finding.ruleId === 'header/weekday-mismatch')!;
    state = settle(apply(state, fixTransaction(state, [weekday.decoration])));
    expect(releaseFromEditor(state.doc.toJSON()).embargo?.text).toBe('2026. 12. 3.(목) 12:00');
    expect(shown(state).map((f) => f.rule)).not.toContain('header/weekday-mismatch');
  });

  it('fixes every safe finding at once, several in one line included', () => {
    let state = stateOf(documentJSON([item(1, '예산은  100억원이고  기간은 ( 3년 )이다'), ...sample]));
    const fixable = listFindings(state).findings.filter(({ checked }) => checked.finding.fix).map(({ decoration }) => decoration);
    expect(fixable.length).toBeGreaterThanOrEqual(4);
    state = recheck(apply(state, fixTransaction(state, fixable)));
    expect(releaseFromEditor(state.doc.toJSON()).body[0]).toMatchObject({ text: '예산은 100억원이고 기간은 (3년)이다' });
    expect(shown(state).filter((f) => f.rule.startsWith('text/'))).toEqual([]);
  });

  it('hides silenced findings but counts them, and a silence follows its block when blocks above change', () => {
    let state = stateOf(documentJSON([...sample, item(1, '예산은  100억원이다')]));
    const silence: Silence = { ruleId: 'text/double-space', target: { part: 'body', path: [2] }, reason: '인용문 원문 그대로', by: '홍길동', at: '2026-12-01T09:00:00.000Z' };
    state = state.apply(setSilenced(state, [silence]));
    expect(shown(state).map((f) => f.rule)).not.toContain('text/double-space');
    expect(listFindings(state).counts.silenced).toBe(1);

    // A new block above: once typing pauses, the finding is addressed as body 4, which the silence does not name.
    const start = state.doc.resolve(after(state, '국산 NPU를 실증한다')).after(2);
    state = state.apply(state.tr.insert(start, editorSchema().nodeFromJSON(item(1, '새 항목이다'))));
    state = settle(state);
    expect(shown(state).filter((f) => f.rule === 'text/double-space').map((f) => f.label)).toEqual(['body 4']);
  });

  it('places findings in contacts, attachment pages and item markers, and fixes them there', () => {
    const json = documentJSON([item(1, '과기정통부는 실증한다', item(2, '접수는 12월까지'), item(2, '발표는 1월'))]);
    json.attrs = { language: 'ko', glyphs: ['□', 'o', '-', '·'] };
    const contacts = json.content!.find((part) => part.type === 'contacts')!;
    contacts.content![0]!.content![1] = { type: 'contact', attrs: { role: 'head' }, content: [{ type: 'text', text: '과장 홍길동 (044 202 4501)' }] };
    const attachment = { type: 'attachment', attrs: { kind: 'reference' }, content: [textNode('attachmentTitle', '세부  일정'), item(1, '일정은  추후 공지')] };
    json.content!.splice(json.content!.length - 1, 0, attachment);
    let state = stateOf(json);

    expect(shown(state)).toEqual(
      expect.arrayContaining([
        { rule: 'text/latin-o-marker', text: '접수는 12월까지', label: 'body 1.1' },
        { rule: 'text/double-space', text: '  ', label: 'attachment 1' },
        { rule: 'text/double-space', text: '  ', label: 'attachment 1 1' },
        { rule: 'contacts/phone-format', text: '044 202 4501', label: 'contacts 1' },
      ]),
    );
    const fixable = listFindings(state).findings.filter(({ checked }) => checked.finding.fix).map(({ decoration }) => decoration);
    state = settle(apply(state, fixTransaction(state, fixable)));
    const release = releaseFromEditor(state.doc.toJSON());
    expect(release.body[0]).toMatchObject({ children: [{ marker: 'ㅇ' }, { marker: 'ㅇ' }] });
    expect(release.attachments[0]).toMatchObject({ title: '세부 일정', body: [{ text: '일정은 추후 공지' }] });
    expect(release.contacts[0]?.phone).toBe('044-202-4501');
    expect(shown(state).map((f) => f.rule)).not.toEqual(expect.arrayContaining(['text/latin-o-marker']));
  });

  it('checks with the profile the settings choose (MSIT allows three English subtitles, the default two)', () => {
    const json = documentJSON([item(1, 'The ministry funds chips.')]);
    json.attrs = { language: 'en' };
    json.content!.splice(2, 0, textNode('subtitle', 'One'), textNode('subtitle', 'Two'), textNode('subtitle', 'Three'));
    let state = stateOf(json);
    expect(shown(state).filter((f) => f.label.startsWith('subtitle'))).toEqual([]);
    state = state.apply(setProfile(state, defaultProfile));
    expect(shown(state).filter((f) => f.label.startsWith('subtitle'))).toEqual([expect.objectContaining({ text: 'Three', label: 'subtitle 3' })]);
  });

  it('redoes every block when the body style changes (문단식 endings)', () => {
    let state = stateOf(documentJSON([paragraph('과기정통부는 반도체를 지원함.')]));
    expect(shown(state).map((f) => f.rule)).toContain('text/report-ending');
    const end = after(state, '지원함.');
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, end)));
    state = settle(state.apply(state.tr.insert(state.doc.resolve(end).after(2), editorSchema().nodeFromJSON(item(1, '항목이다')))));
    // Now □식 and 문단식 are mixed: the ending rule reads 문단식 bodies only.
    expect(shown(state).map((f) => f.rule)).not.toContain('text/report-ending');
  });
});
