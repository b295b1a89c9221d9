/**
 * The editor's extensions: the release schema, plus what the browser page needs on top.
 */
import { bodoExtensions } from '../../shared/schema';
import { PasteImport } from '../io/pasteImport';
import { SuggestChanges } from '../../shared/schema/suggestChanges';
import { authorName } from '../review/author';
import { CursorBlock } from './cursorBlock';

export const editorExtensions = () => [
  ...bodoExtensions(),
  SuggestChanges.configure({ author: authorName }),
  PasteImport,
  CursorBlock,
];
