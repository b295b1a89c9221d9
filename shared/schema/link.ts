/**
 * Links: typed addresses become links once the word ends (TipTap's autolink), pasted ones on
 * paste; only web and mail addresses, and a click edits instead of following.
 */
import { Link } from '@tiptap/extension-link';
import { Plugin, type Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';

const LINK_PROTOCOLS = /^(https?:|mailto:)/i;
const WHITESPACE = /\s/u;

/**
 * Whether `transactions` may end a word or change blocks, the only changes after which autolink
 * can act: a letter typed inside a line (most keystrokes) cannot, so autolink's diff of the
 * document is skipped for it.
 */
function mayEndWord(transactions: readonly Transaction[]): boolean {
  return transactions.some(
    (tr) =>
      tr.docChanged &&
      tr.steps.some((step) => {
        if (!(step instanceof ReplaceStep) || step.slice.size === 0) return true;
        const { content, openStart, openEnd } = step.slice;
        if (openStart > 0 || openEnd > 0) return true;
        let endsWord = false;
        content.forEach((node) => (endsWord ||= !node.isText || WHITESPACE.test(node.text ?? '')));
        return endsWord;
      }),
  );
}

export const LinkMark = Link.extend({
  addProseMirrorPlugins() {
    return (this.parent?.() ?? []).map((plugin) => {
      const autolink = plugin.spec.appendTransaction;
      if (!(plugin.spec.key as { key?: string } | undefined)?.key?.startsWith('autolink') || !autolink) return plugin;
      return new Plugin({ ...plugin.spec, appendTransaction: (transactions, oldState, newState) => (mayEndWord(transactions) ? autolink(transactions, oldState, newState) : null) });
    });
  },
}).configure({
  openOnClick: false,
  autolink: true,
  defaultProtocol: 'https',
  isAllowedUri: (url) => LINK_PROTOCOLS.test(url.trim()),
});
