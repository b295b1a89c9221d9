/**
 * The editor's extensions: the release schema, nothing the page would need to inject.
 */
import { bodoExtensions } from '../../shared/schema';

export const editorExtensions = () => bodoExtensions();
