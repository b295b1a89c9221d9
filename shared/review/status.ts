/**
 * The document's approval status and its history (the envelope's `statusHistory`): Draft →
 * In review → Approved → Final, one step forward or back at a time, each change signed. Final
 * locks the document until someone reopens it, which is recorded like any other change.
 */
import { z } from 'zod';

export const REVIEW_STATUSES = ['draft', 'inReview', 'approved', 'final'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const statusChangeSchema = z.object({
  status: z.enum(REVIEW_STATUSES),
  by: z.string(),
  /** ISO time of the change. */
  time: z.string(),
  /** True when this change took a Final document back out of Final. */
  reopened: z.boolean().optional(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

export function statusHistoryFrom(history: readonly unknown[] | undefined): StatusChange[] {
  return (history ?? []).flatMap((change) => {
    const parsed = statusChangeSchema.safeParse(change);
    return parsed.success ? [parsed.data] : [];
  });
}

/** A document without a recorded change is a draft. */
export function currentStatus(history: readonly StatusChange[]): ReviewStatus {
  return history[history.length - 1]?.status ?? 'draft';
}

/** The statuses one step away; from Final only a reopen (back to In review). */
export function nextStatuses(status: ReviewStatus): ReviewStatus[] {
  const index = REVIEW_STATUSES.indexOf(status);
  if (status === 'final') return ['inReview'];
  return [REVIEW_STATUSES[index + 1], REVIEW_STATUSES[index - 1]].filter((s): s is ReviewStatus => s !== undefined);
}

export const isLocked = (history: readonly StatusChange[]): boolean => currentStatus(history) === 'final';

/** The history with `status` appended, or unchanged when that is not one step from the current status. */
export function changeStatus(history: readonly StatusChange[], status: ReviewStatus, by: { author: string; time: string }): StatusChange[] {
  const current = currentStatus(history);
  if (!nextStatuses(current).includes(status)) return history as StatusChange[];
  const change: StatusChange = { status, by: by.author, time: by.time, ...(current === 'final' ? { reopened: true } : {}) };
  return [...history, change];
}
