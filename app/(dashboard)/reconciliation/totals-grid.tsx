// A row of exact figures above a reconciliation list (the report's totals, the deposits').
import type { ReactNode } from "react";

export type TotalItem = { label: string; value: string; testId: string; hint?: string };

export function TotalsGrid({
  heading,
  items,
  columns = 4,
  children,
}: {
  heading: string;
  columns?: 3 | 4;
  items: readonly TotalItem[];
  /** Words under the figures: what they count. */
  children?: ReactNode;
}) {
  return (
    <section aria-label={heading} className="mb-4">
      <dl className={`grid grid-cols-2 gap-2 ${columns === 3 ? "lg:grid-cols-3" : "lg:grid-cols-4"}`}>
        {items.map((item) => (
          <div key={item.label} className="rounded-lg border border-gray-200 bg-white px-3 py-2 shadow-sm">
            <dt className="text-xs font-medium text-gray-600">{item.label}</dt>
            <dd
              data-testid={item.testId}
              className="mt-0.5 text-base font-semibold break-all text-gray-900 tabular-nums sm:text-lg"
            >
              {item.value}
            </dd>
            {item.hint && <dd className="text-xs text-gray-600">{item.hint}</dd>}
          </div>
        ))}
      </dl>
      {children && <p className="mt-2 text-xs text-gray-600">{children}</p>}
    </section>
  );
}
