// Percentiles for the benchmark's own samples (latencies in ms), nearest-rank: the value at
// rank ceil(q·n) of the sorted samples, so p99 of 100 samples is the 99th smallest.
export type Summary = { count: number; p50: number | null; p95: number | null; p99: number | null; max: number | null };

export function percentile(sorted: readonly number[], q: number): number | null {
  if (!sorted.length) return null;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted.length ? sorted[sorted.length - 1]! : null,
  };
}

/** How many requests a load at `perSecond` should have started `elapsedMs` after its start. */
export const dueCount = (elapsedMs: number, perSecond: number) => Math.floor((elapsedMs * perSecond) / 1000);
