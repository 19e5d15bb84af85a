// The audit log as CSV (GET /api/audit/export): the page's query and order, every page,
// admin only (as the page), itself audited. Details are the entry's JSON, as stored.
import "server-only";

import { csvColumns } from "@/lib/csv/csv-columns";
import type { ListExport } from "@/lib/csv/list-export";

import { findAuditLog, type AuditLogRow } from "./find-audit-log";
import { readAuditLogFilters, type AuditLogFilters } from "./find-audit-log-schema";

export const auditLogExport: ListExport<AuditLogFilters, AuditLogRow> = {
  list: "audit-log",
  action: "audit-log.export",
  permission: "viewSettings",
  read: readAuditLogFilters,
  nameParts: { actor: "by", action: "", targetType: "", target: "target" },
  columns: csvColumns<AuditLogRow>([
    ...(["id", "at", "actorEmail", "action", "targetType", "targetId"] as const),
    ["details", (row) => (row.details === null ? null : JSON.stringify(row.details))],
  ]),
  findPage: (filters, cursor, { timeZone, pageSize }) => findAuditLog({ filters, cursor, timeZone, pageSize }),
};
