/**
 * Links: typed addresses become links once the word ends (TipTap's autolink), pasted ones on
 * paste; only web and mail addresses, and a click edits instead of following.
 */
import { Link } from '@tiptap/extension-link';
import { Plugin, type Transaction } from '@tiptap/pm/state';
import { ReplaceStep, type Step } from '@tiptap/pm/transform';

const LINK_PROTOCOLS = /^(https?:|mailto:)/i;
const WHITESPACE = /\s/u;
/** Every address autolink can find has one of these: a dot, a scheme's colon or a mail @. */
const ADDRESS_SIGN = /[.:@]/;
const LAST_WORD = /\S*$/u;

/**
 * Whether `step` of `tr` may let autolink act: an edit that is not plain text typed in a line,
 * text typed with a link mark (a space after a link is unlinked), or text that ends a word which
 * could be an address. A letter typed inside a word (most keystrokes), or a space after a word
 * with no dot, colon or @, cannot, so autolink's diff of the document is skipped for it.
 */
function mayLink(tr: Transaction, step: Step, index: number): boolean {
  if (!(step instanceof ReplaceStep) || step.slice.size === 0) return true;
  const { content, openStart, openEnd } = step.slice;
  if (openStart > 0 || openEnd > 0) return true;
  let typed = '';
  let plainText = true;
  content.forEach((node) => {
    plainText &&= node.isText && !node.marks.some((mark) => mark.type.name === 'link');
    typed += node.text ?? '';
  });
  if (!plainText) return true;
  if (!WHITESPACE.test(typed)) return false;
  const $from = tr.docs[index]!.resolve(step.from);
  const wordBefore = LAST_WORD.exec($from.parent.textBetween(0, $from.parentOffset, undefined, ' '))?.[0] ?? '';
  return ADDRESS_SIGN.test(wordBefore + typed);
}

const mayLinkAfter = (transactions: readonly Transaction[]) =>
  transactions.some((tr) => tr.docChanged && tr.steps.some((step, index) => mayLink(tr, step, index)));

export const LinkMark = Link.extend({
  addProseMirrorPlugins() {
    return (this.parent?.() ?? []).map((plugin) => {
      const autolink = plugin.spec.appendTransaction;
      if (!(plugin.spec.key as { key?: string } | undefined)?.key?.startsWith('autolink') || !autolink) return plugin;
      return new Plugin({ ...plugin.spec, appendTransaction: (transactions, oldState, newState) => (mayLinkAfter(transactions) ? autolink(transactions, oldState, newState) : null) });
    });
  },
}).configure({
  openOnClick: false,
  autolink: true,
  defaultProtocol: 'https',
  isAllowedUri: (url) => LINK_PROTOCOLS.test(url.trim()),
});
