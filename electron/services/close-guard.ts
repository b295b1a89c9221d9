/**
 * Closing a window with unsaved changes: ask Save / Don't save / Cancel, and on Save wait for
 * the renderer to finish saving (it may still ask where, or fail) before letting the window go.
 */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

export type CloseGuard = {
  /** The renderer's latest title and unsaved-changes mark (from `setWindowState`). */
  setState(state: { title: string; dirty: boolean }): void;
  readonly dirty: boolean;
  /** Resolve true when the window may close now; asks the user when there are unsaved changes. */
  mayClose(): Promise<boolean>;
  /** The renderer's `closeReply`: true once saved, false when saving was canceled or failed. */
  closeReply(proceed: boolean): void;
  /** The renderer is gone (crashed or reloaded): nothing is left to save or to wait for. */
  rendererGone(): void;
};

export function createCloseGuard(deps: {
  ask(title: string): Promise<UnsavedChoice>;
  /** Send the renderer the `closeRequest` command. */
  requestSave(): void;
}): CloseGuard {
  let state = { title: '', dirty: false };
  let asking: Promise<boolean> | null = null;
  let awaitingSave: ((proceed: boolean) => void) | null = null;

  const decide = async (): Promise<boolean> => {
    const choice = await deps.ask(state.title);
    if (choice !== 'save') return choice === 'discard';
    const saved = new Promise<boolean>((resolve) => (awaitingSave = resolve));
    deps.requestSave();
    return saved;
  };
  const answerSave = (proceed: boolean) => {
    awaitingSave?.(proceed);
    awaitingSave = null;
  };

  return {
    setState(next) {
      state = next;
    },
    get dirty() {
      return state.dirty;
    },
    mayClose() {
      if (!state.dirty) return Promise.resolve(true);
      // A second close (quit while the prompt is up) joins the question already asked.
      asking ??= decide().finally(() => (asking = null));
      return asking;
    },
    closeReply: answerSave,
    rendererGone() {
      state = { ...state, dirty: false };
      answerSave(true);
    },
  };
}
