/**
 * A polite live region that names the block the cursor moved into ("Item, level 2"), so a
 * screen reader user knows where they are. Only a move to another block counts, and it is
 * spoken once the cursor rests, not for every arrow key on the way.
 */
import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import { describeBlock, type BlockDescription } from './blockDescription';

const REST_MS = 400;

export function BlockAnnouncer({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [block, setBlock] = useState<BlockDescription | null>(null);

  useEffect(() => {
    let last: BlockDescription | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onSelection = () => {
      const now = describeBlock(editor.state);
      if (now?.at === last?.at && now?.kind === last?.kind && now?.level === last?.level) return;
      last = now;
      clearTimeout(timer);
      timer = setTimeout(() => setBlock(now), REST_MS);
    };
    editor.on('selectionUpdate', onSelection);
    return () => {
      clearTimeout(timer);
      editor.off('selectionUpdate', onSelection);
    };
  }, [editor]);

  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="block-announcer">
      {block && t(`a11y.block.${block.kind}`, { level: block.level })}
    </div>
  );
}
