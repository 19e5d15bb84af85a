// The deposits' rows: the funded day (a link to that day's records of the lender), the lender,
// the figures the bank statement line must match, and finance's check of it.
import { Badge } from "@/components/badge";
import { linkColumn, type Column, type TableSpec } from "@/components/data-table";
import { DateTime } from "@/components/date-time";
import { formatCount } from "@/lib/format/format-count";
import { formatMoney } from "@/lib/format/format-money";
import type { DepositRow } from "@/lib/reconciliation/find-deposits";

import { DepositReviewForm } from "./deposit-review-form";

const lenderLabel = (row: DepositRow) => row.lenderName || "No lender";

/** The report filtered to this deposit's records: funded that day, by that lender. */
export function depositRecordsHref(row: Pick<DepositRow, "day" | "lenderName">): string {
  const query = new URLSearchParams({ dateField: "fundedAt", from: row.day, to: row.day });
  if (row.lenderName) query.append("lender", row.lenderName);
  return `/reconciliation?${query.toString()}`;
}

const amount = (header: string, id: "transactionAmount" | "discountAmount" | "netAmount") =>
  ({
    header,
    id,
    align: "right",
    className: id === "netAmount" ? "font-semibold whitespace-nowrap" : "whitespace-nowrap",
    cell: (row) => formatMoney(row[id]),
  }) satisfies Column<DepositRow>;

function ReviewState({ row }: { row: DepositRow }) {
  if (row.state === "unmatched") return <Badge tone="neutral">Not matched</Badge>;
  return (
    <>
      {row.state === "matched" ? <Badge tone="success">Matched</Badge> : <Badge tone="danger">Flagged</Badge>}
      {row.bankReference && <span className="block font-mono text-xs break-all">Ref. {row.bankReference}</span>}
      {row.note && <span className="block text-xs break-words text-gray-700">{row.note}</span>}
      <span className="block text-xs text-gray-600">
        {row.reviewedByEmail}, <DateTime value={row.reviewedAt} />
      </span>
      {row.figureChanged && (
        <span className="mt-1 block" data-testid="deposit-figure-changed">
          <Badge tone="warning">Changed since {row.state === "matched" ? "matched" : "flagged"}</Badge>
          <span className="block text-xs text-amber-900">
            Then {formatMoney(row.reviewedNetAmount)} net over {formatCount(row.reviewedCount ?? 0)} records; a sync or
            import has changed them since.
          </span>
        </span>
      )}
    </>
  );
}

export function depositTable(mayReview: boolean): TableSpec<DepositRow> {
  const columns: Column<DepositRow>[] = [
    linkColumn<DepositRow>({
      header: "Funded day",
      href: depositRecordsHref,
      label: (row) => (
        <>
          {row.day}
          <span className="sr-only">: the records {lenderLabel(row)} funded that day</span>
        </>
      ),
    }),
    { header: "Lender", cell: lenderLabel },
    { header: "Records", id: "count", align: "right", cell: (row) => formatCount(row.count) },
    amount("Gross", "transactionAmount"),
    amount("Discount", "discountAmount"),
    amount("Net (the bank line)", "netAmount"),
    { header: "State", id: "state", cell: (row) => <ReviewState row={row} /> },
  ];
  if (mayReview)
    columns.push({
      header: "Review",
      srOnlyHeader: true,
      card: "wide",
      cell: (row) => (
        <DepositReviewForm
          day={row.day}
          lenderName={row.lenderName}
          reviewed={row.state !== "unmatched"}
          label={`${lenderLabel(row)} on ${row.day}`}
        />
      ),
    });
  return {
    caption:
      "Deposits, latest funded day first: the day, the lender, the number of records, gross, discount and net amounts, and whether finance matched it with the bank statement",
    columns,
    rowKey: (row) => `${row.day}|${row.lenderName}`,
    rowData: (row) => ({ "data-deposit": `${row.day}|${row.lenderName}` }),
  };
}
