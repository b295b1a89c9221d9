/**
 * Named snapshots stored inside the `.bodo` file (the envelope's `versions`): who saved them,
 * when, and the editor document as it was, so any two can be compared (compare.ts).
 */
import { z } from 'zod';
import { editorNodeSchema } from '../document/envelope';

export const versionSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  author: z.string(),
  /** ISO time the snapshot was taken. */
  time: z.string(),
  content: editorNodeSchema,
});
export type Version = z.infer<typeof versionSchema>;

export function versionsFrom(versions: readonly unknown[]): Version[] {
  return versions.flatMap((version) => {
    const parsed = versionSchema.safeParse(version);
    return parsed.success ? [parsed.data] : [];
  });
}
