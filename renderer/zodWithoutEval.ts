/**
 * The page's CSP forbids eval, so zod's compiled parsers can never run here. Saying so up front
 * spares zod its probe for them (`new Function`), which the CSP reports as a violation: a
 * console error and a report on every start. Imported first by main.tsx, since modules parse
 * while the others still load.
 */
import { z } from 'zod';

z.config({ jitless: true });
