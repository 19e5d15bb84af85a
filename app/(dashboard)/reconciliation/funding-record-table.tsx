// The funding report's rows: every field of each record, dense, scrolling sideways in its
// own box on narrow screens, with our match (the application, or "no local match").
import Link from "next/link";

import { Badge } from "@/components/badge";
import { DataTable, Td, Th } from "@/components/data-table";
import { DateTime } from "@/components/date-time";
import { formatMoney } from "@/lib/format/format-money";
import type { FundingRecordRow } from "@/lib/reconciliation/find-funding-records";

import { FundingStatusBadge } from "./funding-badges";

const none = <span className="text-gray-500">—</span>;
const linkClass = "link"; // app/globals.css

export function recordHref(transactionId: string): string {
  return `/reconciliation/records/${encodeURIComponent(transactionId)}`;
}

export function FundingRecordTable({
  rows,
  sortedBy,
}: {
  rows: FundingRecordRow[];
  sortedBy: "transactionDate" | "fundedAt";
}) {
  return (
    <DataTable
      caption={`Funding records, newest ${sortedBy === "fundedAt" ? "funding" : "transaction"} date first: transaction and charge ids, type, dates, amounts, status, lender, product, promo code, merchant ids, customer, last update, and our match`}
    >
      <thead>
        <tr>
          <Th>Transaction / charge</Th>
          <Th>Type</Th>
          <Th>Transaction date</Th>
          <Th className="text-right">Amount</Th>
          <Th className="text-right">Discount</Th>
          <Th className="text-right">Net</Th>
          <Th>Funded</Th>
          <Th>Status</Th>
          <Th>Lender / product / promo</Th>
          <Th>Merchant order / txn</Th>
          <Th>Customer</Th>
          <Th title="When the provider last changed the record">Updated</Th>
          <Th>Our match</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const name = [row.firstName, row.lastName].filter(Boolean).join(" ");
          return (
            <tr key={row.transactionId} data-transaction-id={row.transactionId} className="hover:bg-gray-50">
              <Td className="max-w-[15rem]">
                <Link href={recordHref(row.transactionId)} className={`${linkClass} font-mono text-xs break-all`}>
                  {row.transactionId}
                </Link>
                {row.version > 1 && (
                  <span
                    className="ml-1 text-[0.6875rem] text-gray-600"
                    title="Changed since first seen: open the record for its earlier versions"
                  >
                    v{row.version}
                  </span>
                )}
                <span className="block font-mono text-[0.6875rem] break-all text-gray-600">
                  {row.chargeId || "no charge"}
                </span>
              </Td>
              <Td className="whitespace-nowrap">{row.transactionType}</Td>
              <Td className="whitespace-nowrap">
                <DateTime value={row.transactionDate} />
              </Td>
              <Td className="text-right whitespace-nowrap" data-column="transactionAmount">
                {formatMoney(row.transactionAmount)}
              </Td>
              <Td className="text-right whitespace-nowrap" data-column="discountAmount">
                {formatMoney(row.discountAmount)}
              </Td>
              <Td className="text-right font-medium whitespace-nowrap" data-column="netAmount">
                {formatMoney(row.netAmount)}
              </Td>
              <Td className="whitespace-nowrap">
                <DateTime value={row.fundedAt} fallback="not funded" />
              </Td>
              <Td>
                <FundingStatusBadge value={row.status} />
              </Td>
              <Td className="max-w-[12rem]">
                {row.lenderName ?? none}
                <span className="block text-xs text-gray-600">
                  {row.productType ?? "—"}
                  {row.promoCode && <span className="font-mono"> · {row.promoCode}</span>}
                </span>
              </Td>
              <Td className="max-w-[12rem] min-w-[8rem] font-mono text-xs break-all">
                {row.merchantOrderId ?? none}
                {row.merchantTransactionId && row.merchantTransactionId !== row.merchantOrderId && (
                  <span className="block text-gray-600">{row.merchantTransactionId}</span>
                )}
              </Td>
              <Td className="max-w-[16rem] min-w-[13rem]">
                {name || (row.email ? null : none)}
                {row.email && <span className="block text-xs break-all text-gray-600">{row.email}</span>}
              </Td>
              <Td className="whitespace-nowrap">
                <DateTime value={row.updatedAt} />
              </Td>
              <Td className="whitespace-nowrap">
                {row.applicationId ? (
                  <Link href={`/applications/${row.applicationId}`} className={`${linkClass} text-xs`}>
                    Application<span className="sr-only"> of transaction {row.transactionId}</span>
                  </Link>
                ) : (
                  <span title="No local application carries this record's merchant order or transaction id">
                    <Badge tone="warning">No local match</Badge>
                  </span>
                )}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
