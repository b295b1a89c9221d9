/**
 * The editor's extensions: the release schema, plus what the browser page needs on top.
 */
import { bodoExtensions } from '../../shared/schema';
import { PasteImport } from '../io/pasteImport';
import { SuggestChanges } from '../../shared/schema/suggestChanges';
import { authorName } from '../review/author';
import { NoteRefCompositionFix } from './noteRefView';

export const editorExtensions = () => [...bodoExtensions(), SuggestChanges.configure({ author: authorName }), NoteRefCompositionFix, PasteImport];
