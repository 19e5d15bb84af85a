// The delivery log's table: when (to the second), from whom, what and about whom, our answer
// and what processing did with it; headers, body and ids on the delivery's page.
import Link from "next/link";

import { DeliveryAboutCell, EventType } from "@/app/(dashboard)/deliveries/delivery-about";
import {
  FlagBadge,
  HttpStatus,
  ProcessingState,
  VerificationBadge,
} from "@/app/(dashboard)/deliveries/delivery-badges";
import { SecondsTime } from "@/app/(dashboard)/deliveries/seconds-time";
import { linkColumn, none, type Column, type TableSpec } from "@/components/data-table";
import { providerLabels } from "@/lib/deliveries/delivery-labels";
import type { DeliveryListRow } from "@/lib/deliveries/find-deliveries";

const columns: Column<DeliveryListRow>[] = [
  linkColumn({
    header: "Received",
    className: "whitespace-nowrap",
    href: (row) => `/deliveries/${row.id}`,
    label: (row) => (
      <>
        <SecondsTime value={row.receivedAt} />
        <span className="sr-only">, open delivery {row.id}</span>
      </>
    ),
  }),
  {
    header: "Provider",
    className: "whitespace-nowrap",
    cell: (row) => (
      <>
        {providerLabels[row.provider]}
        <span className="block font-mono text-[0.6875rem] text-gray-600">{row.endpoint.replace(/^\/api\//, "")}</span>
      </>
    ),
  },
  {
    header: "Event type",
    className: "font-mono text-xs break-all",
    cell: (row) => <EventType eventType={row.eventType} claimed={row.claimedEventType} />,
  },
  { header: "About", className: "max-w-[14rem]", cell: (row) => <DeliveryAboutCell about={row.about} /> },
  {
    header: "HTTP",
    title: "The HTTP status we answered with",
    cell: (row) => <HttpStatus status={row.responseStatus} />,
  },
  { header: "Verification", cell: (row) => <VerificationBadge value={row.verification} /> },
  {
    header: "Processing",
    title: "What processing did with it; ↻ how often it was replayed",
    className: "whitespace-nowrap",
    cell: (row) => (
      <>
        <span
          title={row.processingError ?? (row.processing === "RECEIVED" ? row.lastApplyError : null) ?? undefined}
          className="inline-flex items-center gap-1"
        >
          <ProcessingState delivery={row} />
          {row.replayCount > 0 && <span className="text-xs text-gray-600">↻{row.replayCount}</span>}
        </span>
        {row.duplicateOfId && (
          <Link
            href={`/deliveries/${row.duplicateOfId}`}
            className="link block text-xs"
            title={`Duplicate of ${row.duplicateOfId}`}
          >
            of …{row.duplicateOfId.slice(-6)}
            <span className="sr-only">, the delivery this one repeats</span>
          </Link>
        )}
      </>
    ),
  },
  {
    header: "Flags",
    className: "max-w-[16rem]",
    cell: (row) => (
      <span className="flex flex-wrap gap-1">
        {row.flags.length ? row.flags.map((flag) => <FlagBadge key={flag} flag={flag} />) : none}
      </span>
    ),
  },
];

export const deliveryTable: TableSpec<DeliveryListRow> = {
  caption:
    "Deliveries, newest first: received at (to the second), provider and endpoint, event type (a refused one's as it claims, unverified), what it was about, our HTTP status, verification, processing (and the delivery a duplicate repeats) and flags",
  columns,
};
