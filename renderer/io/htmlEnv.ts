/** The DOM the HTML and Word importers need, from the page itself (shared/ has none). */
import DOMPurify from 'dompurify';
import type { HtmlEnv } from '../../shared/import/html';

export const browserHtmlEnv = (): HtmlEnv => ({ parser: new DOMParser(), purify: DOMPurify });
