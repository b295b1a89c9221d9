/**
 * Writing the clipboard with a plain-text and an HTML flavour at once, so a press officer can
 * paste into Word or 한글 (which take the HTML) as well as into any text field.
 */
import { escapeText } from '../../shared/export/html';

export type ClipboardFlavours = { text: string; html: string };

/**
 * True when the clipboard received both flavours. `viaHost` is the desktop host's clipboard,
 * for when the page may not write it (a command from the native menu carries no user gesture).
 */
export async function writeClipboard(flavours: ClipboardFlavours, viaHost: (flavours: ClipboardFlavours) => Promise<boolean>): Promise<boolean> {
  try {
    if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([flavours.text], { type: 'text/plain' }),
          'text/html': new Blob([flavours.html], { type: 'text/html' }),
        }),
      ]);
      return true;
    }
  } catch {
    // Refused (no permission, window not focused, no user gesture): the host, else a copy event.
  }
  return (await viaHost(flavours)) || copyThroughEvent(flavours);
}

function copyThroughEvent({ text, html }: ClipboardFlavours): boolean {
  let written = false;
  // Capturing on the document runs before the editor's own copy handler, which must not answer.
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.clipboardData.setData('text/html', html);
    event.preventDefault();
    event.stopImmediatePropagation();
    written = true;
  };
  document.addEventListener('copy', onCopy, true);
  try {
    document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy, true);
  }
  return written;
}

/**
 * DOCX-ready text as HTML: one paragraph per line, leading spaces kept, so Word and 한글 paste
 * the same lines the text export has (they prefer the HTML flavour when there is one).
 */
export function textAsHtml(text: string): string {
  const paragraphs = text
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => `<p style="margin:0;white-space:pre-wrap">${line === '' ? '&nbsp;' : escapeText(line)}</p>`);
  return `<meta charset="utf-8">${paragraphs.join('')}`;
}
