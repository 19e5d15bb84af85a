// The delivery log's query: its parameters (find-deliveries-schema.ts) read by the shared
// list reader.
import { listQueryReader } from "@/lib/search-params";

import { deliveryFiltersSchema } from "./find-deliveries-schema";

export const readDeliveryFilters = listQueryReader({
  schema: deliveryFiltersSchema,
  cursorId: "uuid",
  firstPage: "the newest deliveries",
});
