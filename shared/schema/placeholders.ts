/**
 * The prompts shown in empty fields, per node and document language; they vanish on typing.
 * TipTap's Placeholder (its `is-empty` class, `data-placeholder` attribute and editable-only
 * option), with two changes: the prompt text comes from PLACEHOLDERS by node type and the
 * document's language, and the plugin maps its decorations and re-checks only the textblocks a
 * transaction touched, where the stock one rescans the whole top-level node around a change;
 * here the body is one top-level node of up to 5,000 blocks.
 */
import type { Editor } from '@tiptap/core';
import { Placeholder, type PlaceholderOptions } from '@tiptap/extensions';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Language } from '../release/model';
import { changedRanges } from './changedRanges';
import { documentLanguage } from './docAttrs';

export const PLACEHOLDERS: Record<Language, Record<string, string>> = {
  ko: {
    agency: '기관명',
    // The field's label (보도시점, 배포) is drawn beside it, so the prompt shows an example.
    embargo: '예: 2026. 4. 13.(월) 조간 / 배포 즉시 보도 가능',
    distribution: '예: 2026. 4. 12.(일)',
    title: '제목',
    subtitle: '부제',
    line: '내용',
    note: '주석: 표시한 용어의 설명',
    remark: '참고 사항',
    heading: '소제목',
    pointer: '【붙임】 붙임 자료 이름',
    tableCaption: '표 제목',
    attachmentTitle: '붙임 자료 제목',
    department: '담당 부서',
    contact: '직위 이름 (전화번호)',
  },
  en: {
    agency: 'Agency',
    embargo: 'e.g. 2026. 4. 13.(Mon) morning papers',
    distribution: 'e.g. 2026. 4. 12.(Sun)',
    title: 'Title',
    subtitle: 'Highlight',
    line: 'Text',
    note: 'Note explaining the marked term',
    remark: 'Remark',
    heading: 'Section heading',
    pointer: 'Attachment',
    tableCaption: 'Table caption',
    attachmentTitle: 'Attachment title',
    department: 'Department',
    contact: 'Name, Title (phone)',
  },
};

const placeholderKey = new PluginKey<DecorationSet>('bodoPlaceholder');

type PromptStyle = Pick<PlaceholderOptions, 'emptyNodeClass' | 'dataAttribute'> & { editor: Editor };

function promptFor(style: PromptStyle, language: Language, node: PMNode, pos: number): Decoration | null {
  const text = PLACEHOLDERS[language][node.type.name];
  if (!node.isTextblock || node.content.size > 0 || !text) return null;
  const className =
    typeof style.emptyNodeClass === 'function'
      ? style.emptyNodeClass({ editor: style.editor, node, pos, hasAnchor: false })
      : style.emptyNodeClass;
  return Decoration.node(pos, pos + node.nodeSize, { class: className, [`data-${style.dataAttribute}`]: text });
}

function allPrompts(style: PromptStyle, doc: PMNode): DecorationSet {
  const language = documentLanguage(doc.attrs);
  const found: Decoration[] = [];
  doc.descendants((node, pos) => {
    const prompt = promptFor(style, language, node, pos);
    if (prompt) found.push(prompt);
    return !node.isTextblock;
  });
  return DecorationSet.create(doc, found);
}

/** Re-checks the textblocks between from and to: drops their old prompt, adds one if empty. */
function recheck(style: PromptStyle, doc: PMNode, decorations: DecorationSet, from: number, to: number): DecorationSet {
  const language = documentLanguage(doc.attrs);
  let next = decorations;
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isTextblock) return true;
    const end = pos + node.nodeSize;
    const stale = next.find(pos, end).filter((d) => d.from === pos && d.to === end);
    if (stale.length > 0) next = next.remove(stale);
    const prompt = promptFor(style, language, node, pos);
    if (prompt) next = next.add(doc, [prompt]);
    return false;
  });
  return next;
}

/**
 * Whether every step of `tr` puts content into one line that had some, or in place of some of
 * it (a keystroke, an IME composition): no line becomes empty or stops being empty.
 */
function onlyTypesIntoText(tr: Transaction): boolean {
  return tr.steps.every((step, i) => {
    if (!(step instanceof ReplaceStep) || step.slice.size === 0 || step.slice.openStart > 0 || step.slice.openEnd > 0) return false;
    const $from = tr.docs[i]!.resolve(step.from);
    return $from.parent.isTextblock && step.to <= $from.end() && (step.from < step.to || $from.parent.content.size > 0);
  });
}

export const BodoPlaceholder = Placeholder.extend({
  addProseMirrorPlugins() {
    const style: PromptStyle = { ...this.options, editor: this.editor };
    const { editor, options } = this;
    return [
      new Plugin<DecorationSet>({
        key: placeholderKey,
        state: {
          init: (_config, state) => allPrompts(style, state.doc),
          apply: (tr, decorations, oldState, newState) => {
            if (!tr.docChanged) return decorations;
            if (documentLanguage(oldState.doc.attrs) !== documentLanguage(newState.doc.attrs)) return allPrompts(style, newState.doc);
            let next = decorations.map(tr.mapping, tr.doc);
            // Typing into a line that had text leaves every prompt where it was.
            if (onlyTypesIntoText(tr)) return next;
            for (const { from, to } of changedRanges([tr])) next = recheck(style, newState.doc, next, from, to);
            return next;
          },
        },
        props: {
          decorations: (state) => (options.showOnlyWhenEditable && !editor.isEditable ? DecorationSet.empty : placeholderKey.getState(state)),
        },
      }),
    ];
  },
});
