// The query of the "approved orders without funding" page (?days=&cursor=), read by the
// shared list reader like every other list: a bad value is explained and the default used.
import { z } from "zod";

import { listQueryReader, optionalParam, type RawSearchParams } from "@/lib/search-params";

export const UNFUNDED_DEFAULT_DAYS = 7;
const DAYS_PROBLEM = `use a whole number from 0 to 3650; showing ${UNFUNDED_DEFAULT_DAYS}.`;

const unfundedQuerySchema = z.object({
  /** Days after the last event before a missing funding record is worth a look. */
  days: optionalParam(
    z.coerce
      .number({ error: DAYS_PROBLEM })
      .int({ error: DAYS_PROBLEM })
      .min(0, { error: DAYS_PROBLEM })
      .max(3650, { error: DAYS_PROBLEM }),
  )
    .transform((days) => days ?? UNFUNDED_DEFAULT_DAYS)
    .describe("Days"),
});

const readQuery = listQueryReader({ schema: unfundedQuerySchema, cursorId: "uuid", firstPage: "the first page" });

/** `days` (7 unless given), the page's cursor, and what was not understood. */
export function readUnfundedQuery(raw: RawSearchParams | URLSearchParams) {
  const { filters, cursor, issues } = readQuery(raw);
  return { days: filters.days, cursor, issues };
}
