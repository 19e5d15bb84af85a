// Counts as people read them ("1,234"), with one shared formatter: toLocaleString builds a
// new Intl.NumberFormat on every call, and a page shows hundreds of counts.
const counts = new Intl.NumberFormat("en-US");

export function formatCount(value: number | bigint): string {
  return counts.format(value);
}
