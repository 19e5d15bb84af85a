// When a delivery whose apply failed for a transient reason is tried again. Pure, so the
// delivery log can say "attempt 2 of 6" without reaching the database layer.

/** The wait after the 1st, 2nd, … failed attempt; after the last of these, the next failure is final. */
export const APPLY_RETRY_DELAYS_MS = [1_000, 5_000, 30_000, 120_000, 600_000] as const;

/** Every attempt counted: the first one and one per delay. */
export const MAX_APPLY_ATTEMPTS = APPLY_RETRY_DELAYS_MS.length + 1;

/** The wait before the next attempt once `failedAttempts` have failed; null when none is left. */
export function retryDelayMs(failedAttempts: number): number | null {
  if (failedAttempts < 1 || failedAttempts >= MAX_APPLY_ATTEMPTS) return null;
  return APPLY_RETRY_DELAYS_MS[failedAttempts - 1]!;
}
