// The Issues tables: what happened (linking to the list behind it), how many, when first and
// last seen, and who acknowledged it or when it resolved.
import Link from "next/link";

import { Badge } from "@/components/badge";
import { none, type Column, type TableSpec } from "@/components/data-table";
import { DateTime } from "@/components/date-time";
import { ALERT_KIND_LABELS, type AlertKind } from "@/lib/alerts/alert-kinds";
import type { AlertRow } from "@/lib/alerts/find-alerts";
import { formatCount } from "@/lib/format/format-count";

import { AcknowledgeButton } from "./acknowledge-button";

const kindLabel = (kind: string) => ALERT_KIND_LABELS[kind as AlertKind] ?? kind;

function stateCell(row: AlertRow, mayAcknowledge: boolean) {
  if (row.resolvedAt)
    return (
      <>
        <Badge tone="success">Resolved</Badge>
        <span className="block text-xs text-gray-600">
          <DateTime value={row.resolvedAt} />
        </span>
      </>
    );
  if (row.acknowledgedAt)
    return (
      <>
        <Badge tone="accent">Acknowledged</Badge>
        <span className="block text-xs break-all text-gray-600">
          {row.acknowledgedByEmail}, <DateTime value={row.acknowledgedAt} />
        </span>
      </>
    );
  return mayAcknowledge ? <AcknowledgeButton id={row.id} /> : <Badge tone="danger">Open</Badge>;
}

function columns(mayAcknowledge: boolean): Column<AlertRow>[] {
  return [
    {
      header: "Issue",
      card: "title",
      className: "max-w-[28rem]",
      cell: (row) => (
        <>
          <span className="block text-xs text-gray-600">{kindLabel(row.kind)}</span>
          <Link href={row.link} className="font-medium text-accent-800 underline-offset-2 hover:underline">
            {row.title}
          </Link>
          <span className="block text-xs text-gray-600">{row.detail}</span>
        </>
      ),
    },
    { header: "How many", align: "right", className: "tabular-nums", cell: (row) => formatCount(row.count) },
    { header: "First seen", cell: (row) => <DateTime value={row.firstSeenAt} /> },
    { header: "Last seen", cell: (row) => <DateTime value={row.lastSeenAt} /> },
    { header: "Notified", cell: (row) => (row.lastNotifiedAt ? <DateTime value={row.lastNotifiedAt} /> : none) },
    { header: "State", card: "wide", cell: (row) => stateCell(row, mayAcknowledge) },
  ];
}

export function issueTable(caption: string, mayAcknowledge: boolean): TableSpec<AlertRow> {
  return { caption, columns: columns(mayAcknowledge), rowData: (row) => ({ "data-kind": row.kind }) };
}
