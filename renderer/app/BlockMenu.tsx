import { useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import { BLOCK_ACTIONS, headerKindChoices, type MenuChoice } from '../editor/blockActions';
import { displayShortcut, matchesShortcut } from '../editor/shortcut';

export const BLOCK_MENU_SHORTCUT = 'Mod-.';

type Props = { editor: Editor; page: React.RefObject<HTMLElement | null> };

/**
 * A handle in the margin beside the block holding the cursor; it opens the list of block
 * types and insertions (also on Mod-.), so nobody has to remember a slash command. In the
 * header it lists the release kinds (보도자료 …) instead, so the kind is picked by keyboard too.
 */
export function BlockMenu({ editor, page }: Props) {
  const { t } = useTranslation();
  const [place, setPlace] = useState<{ top: number; opensUp: boolean } | null>(null);
  const [open, setOpen] = useState(false);
  const firstItem = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let frame = 0;
    // Measuring forces a layout: do it only when the cursor enters another block, not per keystroke.
    let measuredBlockStart = -1;
    const follow = () => {
      const blockStart = editor.state.selection.$from.start();
      if (blockStart === measuredBlockStart) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const container = page.current;
        if (!container || editor.isDestroyed) return;
        measuredBlockStart = blockStart;
        const lineStart = editor.view.coordsAtPos(blockStart);
        // Low on the screen the list opens upwards, so it never runs off the bottom.
        setPlace({ top: lineStart.top - container.getBoundingClientRect().top, opensUp: lineStart.top > window.innerHeight / 2 });
      });
    };
    const onKey = (event: KeyboardEvent) => {
      if (editor.isFocused && matchesShortcut(event, BLOCK_MENU_SHORTCUT)) {
        event.preventDefault();
        setOpen(true);
      }
    };
    const remeasure = () => {
      measuredBlockStart = -1;
      follow();
    };
    follow();
    window.addEventListener('resize', remeasure);
    editor.on('selectionUpdate', follow);
    editor.on('focus', follow);
    window.addEventListener('keydown', onKey);
    return () => {
      cancelAnimationFrame(frame);
      editor.off('selectionUpdate', follow);
      editor.off('focus', follow);
      window.removeEventListener('resize', remeasure);
      window.removeEventListener('keydown', onKey);
    };
  }, [editor, page]);

  useEffect(() => {
    if (open) firstItem.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    editor.commands.focus();
  };
  const choose = (action: MenuChoice) => {
    setOpen(false);
    // Focus now, not on TipTap's next frame: keys typed right after the choice reach the document.
    editor.view.focus();
    action.run(editor);
  };
  const moveFocus = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const items = [...event.currentTarget.querySelectorAll('button')];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (event.key === 'Escape') close();
    else if (step !== 0) {
      event.preventDefault();
      items[(at + step + items.length) % items.length]?.focus();
    }
  };

  if (place === null) return null;
  const choices: MenuChoice[] = open ? (headerKindChoices(editor) ?? BLOCK_ACTIONS.map((action) => ({ ...action, label: t(`block.${action.id}`) }))) : [];
  return (
    <div className={`block-menu${place.opensUp ? ' opens-up' : ''}`} style={{ top: place.top }}>
      <button
        type="button"
        className="block-handle"
        aria-label={t('block.menu')}
        aria-haspopup="menu"
        aria-expanded={open}
        title={`${t('block.menu')} (${displayShortcut(BLOCK_MENU_SHORTCUT)})`}
        data-testid="block-handle"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => (open ? close() : setOpen(true))}
      >
        ⋮⋮
      </button>
      {open && (
        <div className="block-menu-list" role="menu" aria-label={t('block.menu')} onKeyDown={moveFocus} onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget)) setOpen(false);
        }}>
          {choices.map((action, index) => (
            <button
              key={action.id}
              ref={index === 0 ? firstItem : undefined}
              type="button"
              role={action.checked === undefined ? 'menuitem' : 'menuitemradio'}
              aria-checked={action.checked}
              data-action={action.id}
              onClick={() => choose(action)}
            >
              <span className={`menu-glyph glyph-${action.id}`}>{action.glyph}</span>
              <span className="menu-label">{action.label}</span>
              {action.shortcut && <kbd>{displayShortcut(action.shortcut)}</kbd>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
