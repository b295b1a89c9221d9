/**
 * Runs `run` once `delay` ms have passed without a `touch()`. A keystroke only notes its time;
 * the one timer of a pause waits out the typing that came after it, so typing sets no timer
 * per keystroke.
 */
export function afterPause(delay: number, run: () => void): { touch(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let touched = 0;
  const fire = () => {
    const wait = touched + delay - Date.now();
    if (wait > 0) timer = setTimeout(fire, wait);
    else {
      timer = undefined;
      run();
    }
  };
  return {
    touch() {
      touched = Date.now();
      timer ??= setTimeout(fire, delay);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
