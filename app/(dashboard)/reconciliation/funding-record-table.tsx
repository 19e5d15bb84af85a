// The funding report's rows: what reconciling needs at a glance (the transaction, its dates and
// amounts, the status, the lender, and our match with the merchant's order id), fitting a laptop
// screen; the customer, ids and every version on the record's page.
import Link from "next/link";

import { Badge } from "@/components/badge";
import { linkColumn, none, type Column, type TableSpec } from "@/components/data-table";
import { DateTime } from "@/components/date-time";
import { formatMoney } from "@/lib/format/format-money";
import type { FundingRecordRow } from "@/lib/reconciliation/find-funding-records";

import { FundingStatusBadge } from "./funding-badges";

const amount = (header: string, id: "transactionAmount" | "discountAmount" | "netAmount") =>
  ({
    header,
    id,
    align: "right",
    className: id === "netAmount" ? "font-medium whitespace-nowrap" : "whitespace-nowrap",
    card: id === "discountAmount" ? "hidden" : "fact",
    cell: (row) => formatMoney(row[id]),
  }) satisfies Column<FundingRecordRow>;

const columns: Column<FundingRecordRow>[] = [
  linkColumn({
    header: "Transaction",
    className: "max-w-[13rem]",
    mono: true,
    href: (row) => `/reconciliation/records/${encodeURIComponent(row.transactionId)}`,
    label: (row) => row.transactionId,
    detail: (row) => (
      <span className="font-mono text-[0.6875rem]">
        {row.version > 1 && (
          <span title="Changed since first seen: open the record for its earlier versions">v{row.version} · </span>
        )}
        {row.transactionType} · {row.chargeId || "no charge"}
      </span>
    ),
  }),
  {
    header: "Date / funded",
    title: "The transaction's date, and when the lender funded it",
    cell: (row) => (
      <>
        <DateTime value={row.transactionDate} />
        <span className="block text-xs text-gray-600">
          <DateTime value={row.fundedAt} fallback="not funded" />
        </span>
      </>
    ),
  },
  amount("Amount", "transactionAmount"),
  amount("Discount", "discountAmount"),
  amount("Net", "netAmount"),
  { header: "Status", cell: (row) => <FundingStatusBadge value={row.status} /> },
  {
    header: "Lender",
    className: "max-w-[10rem]",
    cell: (row) => (
      <>
        {row.lenderName ?? none}
        <span className="block text-xs text-gray-600">
          {row.productType ?? "—"}
          {row.promoCode && <span className="font-mono break-all"> · {row.promoCode}</span>}
        </span>
      </>
    ),
  },
  {
    header: "Our match",
    title: "The application whose merchant order or transaction id this record carries",
    className: "max-w-[11rem]",
    cell: (row) => (
      <>
        {row.applicationId ? (
          <Link href={`/applications/${row.applicationId}`} className="link text-xs">
            Application<span className="sr-only"> of transaction {row.transactionId}</span>
          </Link>
        ) : (
          <span title="No local application carries this record's merchant order or transaction id">
            <Badge tone="warning">No local match</Badge>
          </span>
        )}
        <span className="block font-mono text-[0.6875rem] break-all text-gray-600" title="Merchant order id">
          {row.merchantOrderId ?? row.merchantTransactionId ?? "no merchant id"}
        </span>
      </>
    ),
  },
];

export function fundingRecordTable(sortedBy: "transactionDate" | "fundedAt"): TableSpec<FundingRecordRow> {
  return {
    caption: `Funding records, newest ${sortedBy === "fundedAt" ? "funding" : "transaction"} date first: transaction, type and charge id, transaction and funding dates, amounts, status, lender and product, and our match with the merchant order id`,
    columns,
    rowKey: (row) => row.transactionId,
    rowData: (row) => ({ "data-transaction-id": row.transactionId }),
  };
}
