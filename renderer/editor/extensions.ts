/**
 * The editor's extensions: the release schema, plus what the browser page needs on top.
 */
import { bodoExtensions } from '../../shared/schema';
import { PasteImport } from '../io/pasteImport';
import { NoteRefCompositionFix } from './noteRefView';

export const editorExtensions = () => [...bodoExtensions(), NoteRefCompositionFix, PasteImport];
