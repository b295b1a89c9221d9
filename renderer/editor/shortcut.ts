/** Key notation as users of this platform write it: "Mod-Shift-s" → "⌘⇧S" or "Ctrl+Shift+S". */
const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

const MAC_KEYS: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥', Ctrl: '⌃' };

export function displayShortcut(notation: string): string {
  const parts = notation.split('-').map((part) => (part.length === 1 ? part.toUpperCase() : part));
  if (isMac) return parts.map((part) => MAC_KEYS[part] ?? part).join('');
  return parts.map((part) => (part === 'Mod' ? 'Ctrl' : part)).join('+');
}

/** True when a key event matches the notation (Mod is ⌘ on macOS, Ctrl elsewhere). */
export function matchesShortcut(event: KeyboardEvent, notation: string): boolean {
  const parts = notation.split('-');
  const key = parts.pop() ?? '';
  const wants = new Set(parts);
  const mod = isMac ? event.metaKey : event.ctrlKey;
  return (
    event.key.toLowerCase() === key.toLowerCase() &&
    mod === wants.has('Mod') &&
    event.shiftKey === wants.has('Shift') &&
    event.altKey === wants.has('Alt')
  );
}
