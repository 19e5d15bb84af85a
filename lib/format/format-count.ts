// Counts as people read them ("1,234"), with one shared formatter: toLocaleString builds a
// new Intl.NumberFormat on every call, and a page shows hundreds of counts.
const counts = new Intl.NumberFormat("en-US");

export function formatCount(value: number | bigint): string {
  return counts.format(value);
}

/** Counts made only up to a limit (a count above it means "more"): "1,234", or "10,000+" above it. */
export function formatCountUpTo(count: number, limit: number): string {
  return count > limit ? `${counts.format(limit)}+` : counts.format(count);
}

/** The total of counts made up to a limit: a lower bound, "70,000+", when any of them went past it. */
export function formatTotalUpTo(values: readonly number[], limit: number): string {
  const total = values.reduce((sum, n) => sum + Math.min(n, limit), 0);
  return values.some((n) => n > limit) ? `${counts.format(total)}+` : counts.format(total);
}
