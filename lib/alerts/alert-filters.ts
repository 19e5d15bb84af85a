// The Issues page's query (?kind=&cursor=), read by the shared list reader: the cursor pages
// the resolved issues; the open ones are always shown in full (one per group, so few).
import { z } from "zod";

import { anyOf, listQueryReader } from "@/lib/search-params";

import { ALERT_KINDS } from "./alert-kinds";

export const alertFiltersSchema = z.object({ kind: anyOf(ALERT_KINDS).describe("Kind") });

export type AlertFilters = z.output<typeof alertFiltersSchema>;

export const RESOLVED_ALERTS_PAGE_SIZE = 50;

export const readAlertFilters = listQueryReader({
  schema: alertFiltersSchema,
  cursorId: "uuid",
  firstPage: "the latest resolved issues",
});
