// The audit log's table: when, who, what (in words, its code beneath), about what (a link to
// the target's page where it has one) and the entry's details in short.
import Link from "next/link";

import { none, type Column, type TableSpec } from "@/components/data-table";
import { DateTime } from "@/components/date-time";
import type { AuditLogRow } from "@/lib/audit/find-audit-log";

import { auditActionLabel } from "./audit-action-labels";

const targetPages: Record<string, (id: string) => string> = {
  application: (id) => `/applications/${id}`,
  delivery: (id) => `/deliveries/${id}`,
  dispute: (id) => `/disputes/${id}`,
  "event-endpoint": (id) => `/settings/endpoints/${id}`,
  "funding-record": (id) => `/reconciliation/records/${encodeURIComponent(id)}`,
  order: (id) => `/orders/${id}`,
  "pending-cart": (id) => `/financing-requests/${id}`,
};

const DETAILS_LENGTH = 160;

/** The details' top-level values as "key: value", cut short; the export holds them whole. */
function detailsInShort(details: unknown): string {
  if (!details || typeof details !== "object" || Array.isArray(details)) return "";
  const text = Object.entries(details)
    .map(
      ([key, value]) =>
        `${key}: ${typeof value === "object" && value !== null ? JSON.stringify(value) : String(value)}`,
    )
    .join(", ");
  return text.length > DETAILS_LENGTH ? `${text.slice(0, DETAILS_LENGTH - 1)}…` : text;
}

function Target({ row }: { row: AuditLogRow }) {
  if (!row.targetType) return none;
  const page = row.targetId ? targetPages[row.targetType] : undefined;
  return (
    <>
      <span className="block text-xs text-gray-600">{row.targetType}</span>
      {row.targetId &&
        (page ? (
          <Link href={page(row.targetId)} className="link font-mono text-xs break-all">
            {row.targetId}
          </Link>
        ) : (
          <span className="font-mono text-xs break-all">{row.targetId}</span>
        ))}
    </>
  );
}

const columns: Column<AuditLogRow>[] = [
  { header: "When", card: "title", className: "whitespace-nowrap", cell: (row) => <DateTime value={row.at} /> },
  { header: "Who", className: "break-all", cell: (row) => row.actorEmail },
  {
    header: "What",
    id: "action",
    cell: (row) => (
      <>
        {auditActionLabel(row.action)}
        <span className="block font-mono text-[0.6875rem] text-gray-600">{row.action}</span>
      </>
    ),
  },
  { header: "Target", className: "max-w-[16rem]", cell: (row) => <Target row={row} /> },
  {
    header: "Details",
    className: "max-w-[24rem] text-xs break-words text-gray-700",
    cell: (row) => detailsInShort(row.details) || none,
  },
];

export const auditTable: TableSpec<AuditLogRow> = {
  caption: "Audit entries, newest first: when, who, what was done, its target and details",
  columns,
};
