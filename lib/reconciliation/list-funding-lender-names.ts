// The lender names present in the funding report, for the lender filter: a skip scan over
// the lenderName index, fast at millions of records.
import { listDistinctValues } from "@/lib/pagination/list-distinct-values";

const MAX_NAMES = 200;

export function listFundingLenderNames(): Promise<string[]> {
  return listDistinctValues({ table: "FundingRecord", column: "lenderName", limit: MAX_NAMES });
}
