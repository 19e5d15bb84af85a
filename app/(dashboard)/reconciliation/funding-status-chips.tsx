// How many funding records each status holds under the other filters. A chip shows exactly
// that status (so "Type mismatch" and "Amount mismatch" are one click away); "All" drops it.
import Link from "next/link";

import { formatCount } from "@/lib/format/format-count";
import { pageHref, toSearchParams } from "@/lib/pagination/keyset";
import type { FundingStatus } from "@/lib/providers/chargeafter/funding-record-schema";
import type { RawSearchParams } from "@/lib/search-params";

import { FUNDING_STATUS_ORDER, fundingStatusFill, fundingStatusStyles } from "./funding-status-labels";

const LEGACY: readonly FundingStatus[] = ["UNRECONCILED", "MISMATCHED", "CHARGEBACK"];

type Props = { path: string; query: RawSearchParams; counts: Record<string, number>; selected: readonly string[] };

export function FundingStatusChips({ path, query, counts, selected }: Props) {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const hrefWith = (status: string | null) => {
    const params = toSearchParams(query);
    params.delete("status");
    if (status) params.set("status", status);
    return pageHref(path, params, null);
  };
  const chipClass = (active: boolean) =>
    `inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-xs font-medium ring-1 ring-inset ${
      active ? "bg-accent-700 text-white ring-accent-700" : "bg-white text-gray-800 ring-gray-300 hover:bg-gray-50"
    }`;
  // Legacy values only when some record still carries them (or one is chosen).
  const shown = FUNDING_STATUS_ORDER.filter(
    (status) => !LEGACY.includes(status) || (counts[status] ?? 0) > 0 || selected.includes(status),
  );
  return (
    <nav aria-label="Funding records by status" className="mb-3">
      <ul className="flex flex-wrap gap-1.5">
        <li>
          <Link
            href={hrefWith(null)}
            aria-current={selected.length === 0 ? "true" : undefined}
            className={chipClass(selected.length === 0)}
          >
            All <span className="tabular-nums">{formatCount(total)}</span>
          </Link>
        </li>
        {shown.map((status) => {
          const active = selected.length === 1 && selected[0] === status;
          const included = selected.includes(status);
          const style = fundingStatusStyles[status];
          return (
            <li key={status}>
              <Link
                href={hrefWith(status)}
                aria-current={active ? "true" : undefined}
                title={style.description}
                data-status={status}
                className={chipClass(active || (included && selected.length > 1))}
              >
                <span
                  aria-hidden="true"
                  className="size-2 rounded-full"
                  style={{ backgroundColor: fundingStatusFill(status) }}
                />
                {style.label} <span className="tabular-nums">{formatCount(counts[status] ?? 0)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
