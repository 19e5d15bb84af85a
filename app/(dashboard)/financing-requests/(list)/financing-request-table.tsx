// The financing request list's table: which request, its state in words, who, how much, when
// and by whom, and whether the customer's link was copied. The request's page has the rest.
import { RequestStateBadge } from "@/app/(dashboard)/financing-requests/request-state-badge";
import { linkColumn, none, type Column, type TableSpec } from "@/components/data-table";
import { DateTime } from "@/components/date-time";
import { customerName } from "@/lib/applications/application-labels";
import { providerLabels } from "@/lib/deliveries/delivery-labels";
import type { FinancingRequestRow } from "@/lib/financing-requests/find-financing-requests";
import { formatMoney } from "@/lib/format/format-money";

const columns: Column<FinancingRequestRow>[] = [
  linkColumn({
    header: "Request",
    className: "max-w-[16rem]",
    mono: true,
    href: (row) => `/financing-requests/${row.id}`,
    label: (row) => (
      <>
        {row.merchantTransactionId}
        <span className="sr-only">, open the financing request</span>
      </>
    ),
    detail: (row) => (
      <span className="font-mono" title="Request token">
        {row.requestToken ?? "no token"}
      </span>
    ),
  }),
  { header: "Status", id: "state", cell: (row) => <RequestStateBadge value={row.state} /> },
  {
    header: "Customer",
    className: "max-w-56",
    cell: (row) => (
      <>
        <span className="block truncate">{customerName(row) ?? none}</span>
        <span className="block truncate text-xs text-gray-600">{row.customerEmail}</span>
      </>
    ),
  },
  {
    header: "Amount",
    align: "right",
    className: "whitespace-nowrap",
    cell: (row) => (
      <>
        <span className="block font-medium text-gray-900">{formatMoney(row.total, row.currency)}</span>
        <span className="block text-xs text-gray-600">{providerLabels[row.provider]}</span>
      </>
    ),
  },
  {
    header: "Created",
    cell: (row) => (
      <>
        <DateTime value={row.createdAt} />
        <span className="block truncate text-xs text-gray-600">by {row.createdByEmail ?? "unknown"}</span>
      </>
    ),
  },
  { header: "Link", id: "link", cell: (row) => <LinkCopied row={row} /> },
];

function LinkCopied({ row }: { row: FinancingRequestRow }) {
  if (!row.financingUrl) return <span className="text-xs text-gray-600">No link</span>;
  if (!row.linkCopiedAt) return <span className="text-xs text-amber-900">Not copied yet</span>;
  return (
    <span className="text-xs text-gray-700">
      Copied <DateTime value={row.linkCopiedAt} />
    </span>
  );
}

export const financingRequestTable: TableSpec<FinancingRequestRow> = {
  caption:
    "Financing requests, newest first: merchant transaction id and request token, status, customer, amount and provider, created at and by, and whether the link was copied",
  columns,
};
