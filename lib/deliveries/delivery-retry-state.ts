// Whether a delivery waits for an automatic retry of its apply (lib/ingest/delivery-retry.ts):
// still RECEIVED, with at least one attempt failed for a transient reason. Pure, for the log,
// the delivery's page and their badges.
import type { Processing } from "@/lib/db/generated/enums";
import { MAX_APPLY_ATTEMPTS } from "@/lib/ingest/delivery-retry-schedule";

/** The columns the retry state is read from; every select that shows a delivery's processing takes them. */
export const retryColumns = { applyAttempts: true, nextApplyAt: true, lastApplyError: true } as const;

export type RetryFields = {
  processing: Processing;
  applyAttempts: number;
  nextApplyAt: Date | null;
  lastApplyError: string | null;
};

/** `attempt` is the next one: after one failed attempt, "attempt 2 of 6". */
export type RetryState = { attempt: number; of: number; nextAt: Date | null; lastError: string | null };

export function retryStateOf(delivery: RetryFields): RetryState | null {
  if (delivery.processing !== "RECEIVED" || delivery.applyAttempts === 0) return null;
  return {
    attempt: delivery.applyAttempts + 1,
    of: MAX_APPLY_ATTEMPTS,
    nextAt: delivery.nextApplyAt,
    lastError: delivery.lastApplyError,
  };
}
