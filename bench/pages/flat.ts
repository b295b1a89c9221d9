/** Opening a flat-paragraph document for the baselines: fetch, parse, then mount the editor on #editor. */
import type { EditorView } from '@tiptap/pm/view';
import type { Opener } from './harness';

export function flatOpener<Parsed>(parse: (text: string) => Parsed, mount: (parsed: Parsed, element: HTMLElement) => EditorView): Opener {
  return {
    async open(docUrl, mark) {
      const text = await (await fetch(docUrl)).text();
      mark('read');
      const parsed = parse(text);
      mark('parse');
      const element = document.getElementById('editor');
      if (!element) throw new Error('No #editor element.');
      return mount(parsed, element);
    },
  };
}
