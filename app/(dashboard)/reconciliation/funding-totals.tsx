// Count and sums of the filtered funding records, exact to the cent, split into funded
// (fundedAt set: what the lenders paid) and not funded yet, and which date the filter reads.
import { formatCount } from "@/lib/format/format-count";
import { formatMoney } from "@/lib/format/format-money";
import type { FundingDateField } from "@/lib/reconciliation/funding-filters";
import type { FundedSplit, FundingTotals as Totals } from "@/lib/reconciliation/summarize-funding-records";

import { TotalsGrid } from "./totals-grid";

const records = (count: number) => `${formatCount(count)} record${count === 1 ? "" : "s"}`;

type Props = { totals: Totals; split: FundedSplit; dateField: FundingDateField; timeZone: string };

export function FundingTotals({ totals, split, dateField, timeZone }: Props) {
  const items = [
    { label: "Records", value: formatCount(totals.count), testId: "total-count" },
    { label: "Transaction amount", value: formatMoney(totals.transactionAmount), testId: "total-transaction-amount" },
    { label: "Discount", value: formatMoney(totals.discountAmount), testId: "total-discount-amount" },
    { label: "Net (all records)", value: formatMoney(totals.netAmount), testId: "total-net-amount" },
    {
      label: "Net funded",
      value: formatMoney(split.funded.netAmount),
      testId: "total-funded-net-amount",
      hint: `${records(split.funded.count)} with a funding date`,
    },
    {
      label: "Net not funded yet",
      value: formatMoney(split.notFunded.netAmount),
      testId: "total-unfunded-net-amount",
      hint: `${records(split.notFunded.count)} with no funding date`,
    },
  ];
  return (
    <TotalsGrid heading="Totals of the filtered records" items={items} columns={3}>
      <span data-testid="totals-date-basis">
        {dateField === "fundedAt"
          ? `Dates are funding dates (when the lender funded the record, in ${timeZone}): only funded records are counted.`
          : `Dates are transaction dates (in ${timeZone}): funded and not yet funded records are both counted; "Net funded" counts only those with a funding date.`}
      </span>
    </TotalsGrid>
  );
}
