/** Korean typed as an input method delivers it: each syllable composed jamo by jamo, then committed. */
import type { CDPSession } from '@playwright/test';

const HANGUL_BASE = 0xac00;
/** Compatibility jamo for each initial consonant, in syllable order. */
const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';

/** What an IME shows while a syllable is being built: 한 → ㅎ, 하, 한. */
function compositionSteps(syllable: string): string[] {
  const code = syllable.charCodeAt(0) - HANGUL_BASE;
  if (code < 0 || code > 11171) return [];
  const initial = Math.floor(code / 588);
  const vowel = Math.floor((code % 588) / 28);
  const final = code % 28;
  const open = String.fromCharCode(HANGUL_BASE + initial * 588 + vowel * 28);
  return [INITIALS[initial]!, open, ...(final > 0 ? [syllable] : [])];
}

/** Types text through IME composition: each Hangul syllable composed, then committed. */
export async function composeKorean(cdp: CDPSession, text: string): Promise<void> {
  for (const ch of text) {
    for (const step of compositionSteps(ch)) {
      await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
    }
    await cdp.send('Input.insertText', { text: ch });
  }
}
