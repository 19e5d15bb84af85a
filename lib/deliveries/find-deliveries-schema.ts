// The delivery log's filters, read from the page's URL (and by the bulk replay, which
// must select exactly what the page shows).
import { z } from "zod";

import { Processing, Provider, Verification } from "@/lib/db/generated/enums";
import {
  dayParam,
  enumValue,
  optionalParam,
  repeatable,
  textParam,
  yesNoParam,
} from "@/lib/search-params/param-schemas";

export const STATUS_CLASSES = ["2xx", "4xx", "5xx"] as const;
export type StatusClass = (typeof STATUS_CLASSES)[number];

const enumValues = <T extends Record<string, string>>(e: T) => Object.values(e) as [T[keyof T], ...T[keyof T][]];

export const deliveryFiltersSchema = z.object({
  provider: repeatable(enumValue(enumValues(Provider))),
  eventType: repeatable(z.string().max(120, { error: "An event type has at most 120 characters." })),
  status: repeatable(enumValue(STATUS_CLASSES)),
  verification: repeatable(enumValue(enumValues(Verification))),
  processing: repeatable(enumValue(enumValues(Processing))),
  duplicate: optionalParam(yesNoParam),
  /** Only failures (see delivery-failure.ts). */
  failure: optionalParam(yesNoParam),
  /** Received in the last 24 hours (relative to now). */
  within: optionalParam(enumValue(["24h"])),
  from: optionalParam(dayParam),
  to: optionalParam(dayParam),
  q: textParam(200),
});

export type DeliveryFilters = z.output<typeof deliveryFiltersSchema>;

export const deliveryFilterLabels = {
  provider: "Provider",
  eventType: "Event type",
  status: "Our HTTP status",
  verification: "Verification",
  processing: "Processing",
  duplicate: "Duplicate",
  failure: "Failures",
  within: "Received within",
  from: "From date",
  to: "To date",
  q: "Search",
} as const satisfies Record<keyof DeliveryFilters, string>;

export const DELIVERY_PAGE_SIZE = 50;
