/**
 * Suggesting mode: while it is on, edits become suggestions signed by the current author
 * (insertion/deletion/modification marks) instead of changing the text. The transaction
 * rewriting is @handlewithcare/prosemirror-suggest-changes' `withSuggestChanges`, wrapped
 * around TipTap's dispatch; accepting and rejecting are shared/review/suggestions.ts.
 * Not part of `bodoExtensions()`: the library ships as ES modules only, which the main process
 * and CLI (CommonJS) cannot load; the schema's marks are all they need.
 */
import { Extension, type Command, type Editor } from '@tiptap/core';
import { Plugin, type EditorState, type Transaction } from '@tiptap/pm/state';
import { isSuggestChangesEnabled, suggestChanges, suggestChangesKey, withSuggestChanges } from '@handlewithcare/prosemirror-suggest-changes';
import { keepIntendedSelection, narrowChanges, newSuggestionId, settleSuggestions, signSuggestions, suggestLevelChange } from '../review/suggestions';
import { backspaceInBody, deleteInBody, enterInBody, LEVEL_CHANGE, strikeSelectionByTextblock, ONE_SUGGESTION, SUGGESTION_REFUSED, type LevelChange, type SuggestionRefusal } from './blockEditing';
import { composingSafe, runEdit } from './keys';
import { leaveEmptyNote } from './note';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    suggestChanges: {
      /** Turns Suggesting mode on or off (not an edit). */
      setSuggesting: (on: boolean) => ReturnType;
      /** Accepts suggestion `id`, or all of them without an id. */
      acceptSuggestions: (id?: string) => ReturnType;
      /** Rejects suggestion `id`, or all of them without an id. */
      rejectSuggestions: (id?: string) => ReturnType;
    };
  }
  interface EditorEvents {
    /** Suggesting mode refused an edit (the key did nothing); the interface tells the reviewer why. */
    suggestionRefused: { editor: Editor; reason: SuggestionRefusal };
  }
}

export type SuggestChangesOptions = {
  /** The name new suggestions are signed with. */
  author: () => string;
};

/**
 * The library's plugin (on/off state, skipping its invisible anchors with the arrow keys) without
 * its decorations, which walk the whole document on every update; marks are styled by CSS.
 */
function suggestChangesPlugin(): Plugin {
  const { spec } = suggestChanges();
  return new Plugin({ key: suggestChangesKey, state: spec.state, props: { handleKeyDown: spec.props?.handleKeyDown } });
}

/** Whether Suggesting mode is on. */
export const isSuggesting = (state: EditorState): boolean => isSuggestChangesEnabled(state);

/** A key's edit, tried only while suggesting. */
const suggestingEdit =
  (edit: (tr: Transaction) => boolean) =>
  ({ editor }: { editor: Editor }) =>
    isSuggestChangesEnabled(editor.state) && runEdit(editor, edit);

export const SuggestChanges = Extension.create<SuggestChangesOptions>({
  name: 'suggestChanges',

  addOptions() {
    return { author: () => '' };
  },

  addProseMirrorPlugins() {
    return [suggestChangesPlugin()];
  },

  addKeyboardShortcuts() {
    // Comes after the schema's extensions, so its keys are tried before the blocks' own Enter.
    return composingSafe({
      // While suggesting, a selection across blocks is struck out in place (see `strikeSelectionByTextblock`),
      // a new block takes no children along (see `splitBlock`), and blocks are joined only where no
      // one's text moves (see `joinBlockBackward`).
      Enter: suggestingEdit((tr) => strikeSelectionByTextblock(tr) || enterInBody(tr, true) || leaveEmptyNote(tr, true)),
      Backspace: suggestingEdit((tr) => strikeSelectionByTextblock(tr) || backspaceInBody(tr, true)),
      Delete: suggestingEdit((tr) => strikeSelectionByTextblock(tr) || deleteInBody(tr, true)),
    });
  },

  dispatchTransaction({ transaction, next }) {
    const view = this.editor.view;
    // Editing mode (every keystroke of it): nothing to rewrite or sign.
    if (!isSuggestChangesEnabled(view.state)) return next(transaction);
    const author = this.options.author;
    const levelChange = transaction.getMeta(LEVEL_CHANGE) as LevelChange | undefined;
    const refused = (reason: SuggestionRefusal) => this.editor.emit('suggestionRefused', { editor: this.editor, reason });
    if (levelChange && !transaction.getMeta(suggestChangesKey)) {
      // The block really moves (the library would strike it out and insert it again); the mark says from where.
      transaction.setMeta(suggestChangesKey, { skip: true });
      const refusal = suggestLevelChange(transaction, levelChange, author());
      if (refusal) refused(refusal);
      else next(transaction);
      return;
    }
    const refusal = transaction.getMeta(SUGGESTION_REFUSED) as SuggestionRefusal | undefined;
    if (refusal) refused(refusal);
    const intended = narrowChanges(transaction, view.state);
    const sign = (tr: typeof transaction) => {
      keepIntendedSelection(tr, intended);
      signSuggestions(tr, author(), intended.getMeta(ONE_SUGGESTION) === true);
      next(tr);
    };
    withSuggestChanges(sign, newSuggestionId).call(view, intended);
  },

  addCommands() {
    const settle =
      (accept: boolean) =>
      (id?: string): Command =>
      ({ tr, dispatch }) => {
        if (!settleSuggestions(tr, accept, id)) return false;
        // Settling is never itself a suggestion.
        if (dispatch) tr.setMeta(suggestChangesKey, { skip: true });
        return true;
      };
    return {
      setSuggesting:
        (on) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(suggestChangesKey, { skip: true, enabled: on });
          return true;
        },
      acceptSuggestions: settle(true),
      rejectSuggestions: settle(false),
    };
  },
});
