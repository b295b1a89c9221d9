import { useCallback, useEffect, useRef, useState } from 'react';

export type Choice<Id extends string> = { id: Id; label: string; primary?: boolean };

export type ChoiceRequest<Id extends string> = {
  title: string;
  body: string;
  /** Shown left to right; the primary one takes the focus. Escape answers `cancel`. */
  choices: readonly Choice<Id>[];
};

export type AskChoice = <Id extends string>(request: ChoiceRequest<Id>) => Promise<Id | 'cancel'>;

type Pending = ChoiceRequest<string> & { resolve: (choice: string) => void };

/**
 * Questions with several answers ("Save changes?") as an in-page dialog rather than
 * window.confirm, which offers only two answers and which automated browsers dismiss.
 */
export function useChoiceDialog(): { dialog: React.ReactNode; ask: AskChoice } {
  const [pending, setPending] = useState<Pending | null>(null);
  const primary = useRef<HTMLButtonElement>(null);

  const ask = useCallback(
    (<Id extends string>(request: ChoiceRequest<Id>) =>
      new Promise<Id | 'cancel'>((resolve) =>
        setPending({ ...request, resolve: resolve as (choice: string) => void }),
      )) as AskChoice,
    [],
  );
  const answer = (choice: string) => {
    pending?.resolve(choice);
    setPending(null);
  };
  useEffect(() => primary.current?.focus(), [pending]);

  const dialog = pending && (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && answer('cancel')}>
      <div className="modal" role="alertdialog" aria-modal="true" aria-labelledby="choice-title" data-testid="choice-dialog">
        <h2 id="choice-title">{pending.title}</h2>
        <p>{pending.body}</p>
        <div className="modal-actions">
          {pending.choices.map((choice) => (
            <button
              key={choice.id}
              type="button"
              className={choice.primary ? 'primary' : undefined}
              ref={choice.primary ? primary : undefined}
              data-choice={choice.id}
              onClick={() => answer(choice.id)}
            >
              {choice.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
  return { dialog, ask };
}
