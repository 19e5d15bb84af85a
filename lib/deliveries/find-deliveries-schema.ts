// The delivery log's parameters, read from the page's URL (and by the bulk replay, which
// must select exactly what the page shows). Each names itself in messages.
import { z } from "zod";

import { Processing, Provider, Verification } from "@/lib/db/generated/enums";
import { anyOf, dayRangeParams, exactValues, oneOf, optionalParam, searchParam, yesNoParam } from "@/lib/search-params";

export const STATUS_CLASSES = ["2xx", "4xx", "5xx"] as const;
export type StatusClass = (typeof STATUS_CLASSES)[number];

/** Each stored processing state, and RETRYING: received, its apply failed for a transient reason, a retry is scheduled. */
export const PROCESSING_FILTERS = { ...Processing, RETRYING: "RETRYING" } as const;
export type ProcessingFilter = (typeof PROCESSING_FILTERS)[keyof typeof PROCESSING_FILTERS];

export const deliveryFiltersSchema = z.object({
  provider: anyOf(Provider).describe("Provider"),
  eventType: exactValues("An event type", 120).describe("Event type"),
  status: anyOf(STATUS_CLASSES).describe("Our HTTP status"),
  verification: anyOf(Verification).describe("Verification"),
  processing: anyOf(PROCESSING_FILTERS).describe("Processing"),
  duplicate: optionalParam(yesNoParam).describe("Duplicate"),
  /** Only failures (see delivery-failure.ts). */
  failure: optionalParam(yesNoParam).describe("Failures"),
  /** Received in the last 24 hours (relative to now). */
  within: oneOf(["24h"]).describe("Received within"),
  ...dayRangeParams(),
  q: searchParam(),
});

export type DeliveryFilters = z.output<typeof deliveryFiltersSchema>;

export const DELIVERY_PAGE_SIZE = 50;
