// The financing request list's query: its parameters (find-financing-requests-schema.ts) read by
// the shared list reader.
import { listQueryReader } from "@/lib/search-params";

import { financingRequestFiltersSchema } from "./find-financing-requests-schema";

export const readFinancingRequestFilters = listQueryReader({
  schema: financingRequestFiltersSchema,
  cursorId: "uuid",
  firstPage: "the newest financing requests",
});
