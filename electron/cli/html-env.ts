/**
 * The DOM the HTML and Word importers need, for Node (the command line and tests): jsdom's
 * parser and DOMPurify bound to a jsdom window. The renderer passes the browser's own.
 */
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import type { HtmlEnv } from '../../shared/import/html';

export function nodeHtmlEnv(): HtmlEnv {
  const { window } = new JSDOM('');
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  return { parser: new window.DOMParser(), purify };
}
