// Count and sums of the filtered funding records, exact to the cent (SQL numeric strings).
import { formatCount } from "@/lib/format/format-count";
import { formatMoney } from "@/lib/format/format-money";
import type { FundingTotals as Totals } from "@/lib/reconciliation/summarize-funding-records";

export function FundingTotals({ totals }: { totals: Totals }) {
  const items = [
    { label: "Records", value: formatCount(totals.count), testId: "total-count" },
    { label: "Transaction amount", value: formatMoney(totals.transactionAmount), testId: "total-transaction-amount" },
    { label: "Discount", value: formatMoney(totals.discountAmount), testId: "total-discount-amount" },
    { label: "Net (funded)", value: formatMoney(totals.netAmount), testId: "total-net-amount" },
  ];
  return (
    <section aria-labelledby="funding-totals-heading" className="mb-4">
      <h2 id="funding-totals-heading" className="sr-only">
        Totals of the filtered records
      </h2>
      <dl className="grid grid-cols-2 gap-2 lg:grid-cols-4">
        {items.map((item) => (
          <div key={item.label} className="rounded-lg border border-gray-200 bg-white px-3 py-2 shadow-sm">
            <dt className="text-xs font-medium text-gray-600">{item.label}</dt>
            <dd
              data-testid={item.testId}
              className="mt-0.5 text-base font-semibold break-all text-gray-900 tabular-nums sm:text-lg"
            >
              {item.value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
