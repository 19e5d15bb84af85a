// What every list's find function takes: its filters, the page to start from, the zone its
// day filters are read in, and (for tests) a page size.
import type { Cursor } from "./keyset";

export type ListPageInput<F> = {
  filters: F;
  cursor?: Cursor | null;
  timeZone: string;
  pageSize?: number;
};
