// The dispute list's query: its parameters (find-disputes-schema.ts) read by the shared
// list reader.
import { listQueryReader } from "@/lib/search-params";

import { disputeFiltersSchema } from "./find-disputes-schema";

export const readDisputeFilters = listQueryReader({
  schema: disputeFiltersSchema,
  cursorId: "uuid",
  firstPage: "the newest disputes",
});
