// The delivery log as CSV (GET /api/deliveries/export): the page's query and order, every
// page, never a body; "within 24h" is counted from the moment the export starts.
import "server-only";

import { csvColumns } from "@/lib/csv/csv-columns";
import type { ListExport } from "@/lib/csv/list-export";

import { findDeliveries, type DeliveryListRow } from "./find-deliveries";
import type { DeliveryFilters } from "./find-deliveries-schema";
import { readDeliveryFilters } from "./read-delivery-filters";

export const deliveriesExport: ListExport<DeliveryFilters, DeliveryListRow> = {
  list: "deliveries",
  action: "delivery.export",
  read: readDeliveryFilters,
  nameParts: {
    ...{ provider: "", eventType: "", status: "http", verification: "", processing: "" },
    ...{ duplicate: "duplicate", failure: "failures", within: "within", q: "search" },
  },
  columns: csvColumns<DeliveryListRow>([
    ...(["id", "receivedAt", "provider", "endpoint", "eventType", "responseStatus", "verification"] as const),
    ...(["processing", "processingError", "duplicateOfId", "replayCount", "flags"] as const),
  ]),
  findPage: (filters, cursor, { timeZone, now, pageSize }) =>
    findDeliveries({ filters, cursor, timeZone, now, pageSize }),
};
