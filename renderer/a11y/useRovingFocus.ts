/**
 * Roving focus for a toolbar (WAI-ARIA toolbar pattern): Tab enters and leaves it as one stop,
 * the arrow keys, Home and End move between its controls. The control last used keeps
 * tabindex 0, every other one -1.
 */
import { useCallback, useEffect, useRef } from 'react';

const CONTROLS = 'button:not([disabled]), select:not([disabled])';

export function useRovingFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);

  const controls = () => [...(ref.current?.querySelectorAll<HTMLElement>(CONTROLS) ?? [])];
  const makeCurrent = (current: HTMLElement | undefined) => {
    const all = controls();
    const chosen = current && all.includes(current) ? current : all[0];
    for (const control of all) control.tabIndex = control === chosen ? 0 : -1;
  };

  useEffect(() => {
    makeCurrent(undefined);
    // Controls come and go (enabled when files can be used): keep exactly one Tab stop.
    const observer = new MutationObserver(() => {
      const all = controls();
      if (!all.some((control) => control.tabIndex === 0)) makeCurrent(undefined);
    });
    if (ref.current) observer.observe(ref.current, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
    return () => observer.disconnect();
  }, []);

  const onKeyDown = useCallback((event: React.KeyboardEvent) => {
    const all = controls();
    const index = all.indexOf(event.target as HTMLElement);
    if (index < 0) return;
    const next =
      event.key === 'ArrowRight' ? all[(index + 1) % all.length]
      : event.key === 'ArrowLeft' ? all[(index - 1 + all.length) % all.length]
      : event.key === 'Home' ? all[0]
      : event.key === 'End' ? all[all.length - 1]
      : undefined;
    if (!next) return;
    event.preventDefault();
    makeCurrent(next);
    next.focus();
  }, []);

  const onFocus = useCallback((event: React.FocusEvent) => makeCurrent(event.target as HTMLElement), []);

  return { ref, onKeyDown, onFocus };
}
