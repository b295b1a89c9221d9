/**
 * The plugin's findings for a panel, refreshed once edits settle: a transaction only compares
 * the plugin's revision number, so typing never re-renders the panel or the badge.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { PROFILES, withTitleLimits, type Silence } from '../../shared/checks';
import type { AgencyProfile } from '../../shared/settings/schema';
import { SETTLE_MS } from '../app/useDerived';
import { listFindings, type FindingList } from './findings';
import { checksKey, NO_SILENCES, setProfile, setSilenced } from './plugin';

export function useFindings(editor: Editor): FindingList {
  const [list, setList] = useState(() => listFindings(editor.state));
  useEffect(() => {
    let seen = checksKey.getState(editor.state)?.revision;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => setList(listFindings(editor.state));
    refresh();
    const onTransaction = () => {
      const revision = checksKey.getState(editor.state)?.revision;
      if (revision === seen) return;
      seen = revision;
      clearTimeout(timer);
      timer = setTimeout(refresh, SETTLE_MS);
    };
    editor.on('transaction', onTransaction);
    return () => {
      clearTimeout(timer);
      editor.off('transaction', onTransaction);
    };
  }, [editor]);
  return list;
}

/** Keeps the plugin told which findings the open document silenced (absent in older files). */
export function useSilences(editor: Editor, silenced: readonly Silence[] | undefined): void {
  const current = silenced ?? NO_SILENCES;
  useEffect(() => {
    if (checksKey.getState(editor.state)?.silenced !== current) editor.view.dispatch(setSilenced(editor.state, current));
  }, [editor, current]);
}

/** Keeps the plugin checking with the check profile the settings name, under the agency's own title limits. */
export function useCheckProfile(editor: Editor, agency: Pick<AgencyProfile, 'checkProfile' | 'titleMaxChars' | 'titleMaxLines'>): void {
  const { checkProfile, titleMaxChars, titleMaxLines } = agency;
  const profile = useMemo(() => withTitleLimits(PROFILES[checkProfile], titleMaxChars, titleMaxLines), [checkProfile, titleMaxChars, titleMaxLines]);
  useEffect(() => {
    if (checksKey.getState(editor.state)?.profile !== profile) editor.view.dispatch(setProfile(editor.state, profile));
  }, [editor, profile]);
}
