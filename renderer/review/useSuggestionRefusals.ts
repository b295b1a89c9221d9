/**
 * Tells the reviewer why Suggesting mode refused a key, since nothing happens on the page: the
 * schema reports the reason as the editor's `suggestionRefused` event, shown here as a notice.
 */
import { useEffect } from 'react';
import type { Editor, EditorEvents } from '@tiptap/core';
import { useTranslation } from 'react-i18next';

export function useSuggestionRefusals(editor: Editor, notify: (message: string) => void): void {
  const { t } = useTranslation();
  useEffect(() => {
    const onRefused = ({ reason }: EditorEvents['suggestionRefused']) => notify(t(`review.refused_${reason}`));
    editor.on('suggestionRefused', onRefused);
    return () => void editor.off('suggestionRefused', onRefused);
  }, [editor, notify, t]);
}
