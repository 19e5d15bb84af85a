// Attention counts stop at a cap: "1,000+" says enough, and counting a hundred thousand
// rows to say it exactly would cost every page load.
export const COUNT_CAP = 1000;

/** At most COUNT_CAP; `more` when there are more than that. */
export type CappedCount = { count: number; more: boolean };

/** From up to COUNT_CAP + 1 rows read. */
export function cappedCount(rowsRead: number): CappedCount {
  return rowsRead > COUNT_CAP ? { count: COUNT_CAP, more: true } : { count: rowsRead, more: false };
}
