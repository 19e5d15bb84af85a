// The dispute list's table: the dispute, its lender and status, what to act on (amount,
// reason, response deadline and its age), how old it is, and the application it is about.
import Link from "next/link";

import { DeadlineAgeBadge, DisputeStatusBadge } from "@/app/(dashboard)/disputes/dispute-badges";
import { linkColumn, none, type Column, type TableSpec } from "@/components/data-table";
import { DateTime } from "@/components/date-time";
import { deadlineAge } from "@/lib/disputes/deadline-age";
import { disputeAgeDays } from "@/lib/disputes/dispute-labels";
import type { DisputeListRow } from "@/lib/disputes/find-disputes";
import { formatMoney } from "@/lib/format/format-money";

function columns(now: Date, timeZone: string): Column<DisputeListRow>[] {
  return [
    linkColumn({
      header: "Dispute",
      className: "max-w-[16rem]",
      mono: true,
      href: (row) => `/disputes/${row.id}`,
      label: (row) => (
        <>
          {row.externalId}
          <span className="sr-only">, open dispute {row.id}</span>
        </>
      ),
      detail: (row) =>
        row.lenderDisputeId && (
          <span className="font-mono" title="The lender's dispute id">
            {row.lenderDisputeId}
          </span>
        ),
    }),
    {
      header: "Lender",
      className: "max-w-[12rem]",
      cell: (row) => (
        <>
          {row.lenderName ?? row.lenderId ?? none}
          {row.lenderName && row.lenderId && (
            <span className="block font-mono text-[0.6875rem] break-all text-gray-600">{row.lenderId}</span>
          )}
        </>
      ),
    },
    { header: "Status", cell: (row) => <DisputeStatusBadge value={row.status} /> },
    {
      header: "Amount",
      align: "right",
      className: "whitespace-nowrap tabular-nums",
      cell: (row) => (row.amount ? formatMoney(row.amount) : none),
    },
    { header: "Reason", className: "max-w-[12rem] text-xs", cell: (row) => row.reason ?? none },
    {
      header: "Response due",
      title: "The response deadline, and how it stands today (calendar days)",
      cell: (row) =>
        row.responseDueAt ? (
          <>
            <DateTime value={row.responseDueAt} />
            <span className="block">
              <DeadlineAgeBadge age={deadlineAge(row, now, timeZone)} />
            </span>
          </>
        ) : (
          none
        ),
    },
    {
      header: "Opened",
      title: "When the dispute was opened, and when it was resolved",
      cell: (row) => (
        <>
          <DateTime value={row.openedAt} />
          <span className="block text-xs text-gray-600">
            {row.resolvedAt ? (
              <>
                resolved <DateTime value={row.resolvedAt} />
              </>
            ) : (
              "not resolved yet"
            )}
          </span>
        </>
      ),
    },
    {
      header: "Age (days)",
      title: "Whole days open: until now, or until it was resolved",
      align: "right",
      cell: (row) => disputeAgeDays(row.openedAt, row.resolvedAt, now),
    },
    {
      header: "Application",
      className: "max-w-[14rem]",
      cell: (row) =>
        row.application ? (
          <Link href={`/applications/${row.application.id}`} className="link font-mono text-xs break-all">
            {row.application.externalId}
          </Link>
        ) : (
          <span className="text-gray-500" title="The dispute names no application we know">
            Unknown
          </span>
        ),
    },
  ];
}

export function disputeTable(now: Date, timeZone: string): TableSpec<DisputeListRow> {
  return {
    caption:
      "Disputes, most recently opened first: dispute id and the lender's dispute id, lender, status, amount, reason, response due date and its age, opened and resolved, age in days and application",
    columns: columns(now, timeZone),
  };
}
