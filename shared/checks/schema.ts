/**
 * Zod schemas for the check data that leaves memory: silences stored in a .bodo envelope and
 * findings sent across the bridge. They mirror the types in types.ts.
 */
import { z } from 'zod';
import type { Silence, Target } from './types';

export const targetSchema: z.ZodType<Target> = z.object({
  part: z.enum(['header', 'title', 'subtitle', 'body', 'attachment', 'contacts']),
  path: z.array(z.number().int().nonnegative()),
  field: z.enum(['text', 'note', 'caption', 'cell', 'title', 'marker', 'embargo', 'distributed', 'phone']).optional(),
  at: z.array(z.number().int().nonnegative()).optional(),
});

export const silenceSchema: z.ZodType<Silence> = z.object({
  ruleId: z.string().min(1),
  target: targetSchema,
  reason: z.string().min(1),
  by: z.string(),
  /** When, as an ISO-8601 time. */
  at: z.string(),
});
