// The applications list as CSV (GET /api/applications/export): the page's query and order,
// every page; what the list shows plus the ids a spreadsheet needs to look a row up again.
import "server-only";

import { csvColumns } from "@/lib/csv/csv-columns";
import type { ListExport } from "@/lib/csv/list-export";

import { findApplications, type ApplicationListRow } from "./find-applications";
import type { ApplicationFilters } from "./find-applications-schema";
import { readApplicationFilters } from "./read-application-filters";

export const applicationsExport: ListExport<ApplicationFilters, ApplicationListRow> = {
  list: "applications",
  action: "application.export",
  read: readApplicationFilters,
  nameParts: { provider: "", status: "", lender: "lender", min: "min", max: "max", q: "search" },
  columns: csvColumns<ApplicationListRow>([
    ...(["id", "provider", "externalId", "merchantTransactionId", "merchantOrderId", "status"] as const),
    ...(["customerFirstName", "customerLastName", "customerEmail"] as const),
    ...([
      "requestedAmount",
      "approvedAmount",
      "currency",
      "lenderId",
      "lenderName",
      "createdAt",
      "lastEventAt",
    ] as const),
  ]),
  findPage: (filters, cursor, { timeZone, pageSize }) => findApplications({ filters, cursor, timeZone, pageSize }),
};
