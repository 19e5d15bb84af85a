// The dispute list as CSV (GET /api/disputes/export): the page's query and order, every
// page, with the application behind each dispute; "opened more than N days ago" counts from
// the moment the export starts.
import "server-only";

import { csvColumns } from "@/lib/csv/csv-columns";
import type { ListExport } from "@/lib/csv/list-export";

import { findDisputes, type DisputeListRow } from "./find-disputes";
import type { DisputeFilters } from "./find-disputes-schema";
import { readDisputeFilters } from "./read-dispute-filters";

export const disputesExport: ListExport<DisputeFilters, DisputeListRow> = {
  list: "disputes",
  action: "dispute.export",
  read: readDisputeFilters,
  nameParts: { status: "", deadline: "deadline", age: "opened-over-days", lender: "lender", q: "search" },
  columns: csvColumns<DisputeListRow>([
    ...(["id", "provider", "externalId", "lenderDisputeId", "status", "lenderId", "lenderName"] as const),
    ...(["openedAt", "resolvedAt"] as const),
    ["applicationId", (row) => row.application?.id],
    ["applicationExternalId", (row) => row.application?.externalId],
    ["customerFirstName", (row) => row.application?.customerFirstName],
    ["customerLastName", (row) => row.application?.customerLastName],
  ]),
  findPage: (filters, cursor, { timeZone, now, pageSize }) =>
    findDisputes({ filters, cursor, timeZone, now, pageSize }),
};
