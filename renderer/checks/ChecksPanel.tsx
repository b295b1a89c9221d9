/**
 * The house-style checks panel: counts by severity, findings in reading order grouped by block,
 * a click selects the finding's text and scrolls to it, Fix / Fix all safe as editor changes,
 * and Silence… with a reason (kept in the .bodo file; silenced findings are only counted).
 */
import { useState } from 'react';
import type { Editor } from '@tiptap/core';
import { TextSelection, NodeSelection } from '@tiptap/pm/state';
import { useTranslation } from 'react-i18next';
import type { Silence } from '../../shared/checks';
import { currentDecoration, findingKey, listFindings, type ListedFinding } from './findings';
import { fixTransaction } from './fixes';
import { placeLabel } from './labels';
import type { CheckedFinding } from './plugin';
import { SeverityCounts } from './SeverityCounts';
import { useFindings } from './useFindings';
import './checks.css';

type Props = {
  editor: Editor;
  /** Who silences (the author name from settings). */
  author: string;
  onSilence: (silence: Silence) => void;
  onClose: () => void;
};

type Group = { label: string; findings: ListedFinding[] };

/** Consecutive findings of the same place form one group (they are in reading order already). */
function groupsOf(findings: readonly ListedFinding[], label: (finding: ListedFinding) => string): Group[] {
  const groups: Group[] = [];
  for (const finding of findings) {
    const name = label(finding);
    const last = groups.at(-1);
    if (last?.label === name) last.findings.push(finding);
    else groups.push({ label: name, findings: [finding] });
  }
  return groups;
}

export function ChecksPanel({ editor, author, onSilence, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { findings, counts } = useFindings(editor);
  /** The finding whose silence reason is being written, by key (it may be re-checked meanwhile). */
  const [silencing, setSilencing] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const language = i18n.language.startsWith('ko') ? 'ko' : 'en';

  /** The list may be a moment old: act on the finding as it is in the document now. */
  const jumpTo = (checked: CheckedFinding) => {
    const decoration = currentDecoration(editor.state, checked);
    if (!decoration) return;
    const { state, view } = editor;
    const selection = checked.inline
      ? TextSelection.create(state.doc, decoration.from, decoration.to)
      : state.doc.nodeAt(decoration.from)?.isTextblock
        ? TextSelection.create(state.doc, decoration.from + 1, decoration.to - 1)
        : NodeSelection.create(state.doc, decoration.from);
    view.dispatch(state.tr.setSelection(selection).scrollIntoView());
    const dom = view.domAtPos(decoration.from).node;
    (dom instanceof HTMLElement ? dom : dom.parentElement)?.scrollIntoView({ block: 'center' });
    view.focus();
  };

  const fix = (checked: CheckedFinding[]) => {
    const decorations = checked.flatMap((one) => currentDecoration(editor.state, one) ?? []);
    const tr = fixTransaction(editor.state, decorations);
    if (tr) editor.view.dispatch(tr);
  };
  const fixAllSafe = () => fix(listFindings(editor.state).findings.filter(({ checked }) => checked.finding.fix).map(({ checked }) => checked));

  const silence = (event: React.FormEvent) => {
    event.preventDefault();
    const finding = findings.find(({ checked }) => findingKey(checked) === silencing)?.checked.finding;
    if (!finding || reason.trim() === '') return;
    const { ruleId, target } = finding;
    onSilence({ ruleId, target, reason: reason.trim(), by: author, at: new Date().toISOString() });
    setSilencing(null);
    setReason('');
  };

  const fixable = findings.some(({ checked }) => checked.finding.fix);
  return (
    <section className="checks-panel" role="region" aria-labelledby="checks-panel-title" data-testid="checks-panel">
      <header className="checks-head">
        <h2 className="panel-title" id="checks-panel-title">
          {t('checks.title')}
        </h2>
        <button type="button" className="checks-close" onClick={onClose} aria-label={t('checks.close')}>
          ×
        </button>
      </header>
      <SeverityCounts counts={counts} withSilenced />
      <button type="button" className="checks-fix-all" onClick={fixAllSafe} disabled={!fixable}>
        {t('checks.fixAll')}
      </button>
      {findings.length === 0 ? (
        <p className="checks-none">{t('checks.none')}</p>
      ) : (
        <ol className="checks-groups">
          {groupsOf(findings, ({ checked }) => placeLabel(checked.finding.target, t)).map((group, g) => (
            <li key={g} className="checks-group">
              <h3 className="checks-place">{group.label}</h3>
              <ul>
                {group.findings.map(({ checked }) => (
                  <li key={findingKey(checked)} className={`checks-finding check-${checked.finding.severity}`} data-rule={checked.finding.ruleId} data-severity={checked.finding.severity}>
                    <button type="button" className="checks-message" onClick={() => jumpTo(checked)}>
                      <span className="checks-severity">{t(`checks.severity.${checked.finding.severity}`)}</span> {checked.finding.message[language]}
                    </button>
                    <span className="checks-actions">
                      {checked.finding.fix && (
                        <button type="button" onClick={() => fix([checked])}>
                          {t('checks.fix')}
                        </button>
                      )}
                      <button type="button" onClick={() => setSilencing(findingKey(checked))} aria-expanded={silencing === findingKey(checked)}>
                        {t('checks.silence')}
                      </button>
                    </span>
                    {silencing === findingKey(checked) && (
                      <form className="checks-silence" onSubmit={silence}>
                        <label>
                          {t('checks.reason')}
                          <input value={reason} onChange={(event) => setReason(event.target.value)} required autoFocus />
                        </label>
                        <button type="submit" disabled={reason.trim() === ''}>
                          {t('checks.confirmSilence')}
                        </button>
                        <button type="button" onClick={() => setSilencing(null)}>
                          {t('checks.cancel')}
                        </button>
                      </form>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
