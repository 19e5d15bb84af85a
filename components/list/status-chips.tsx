// How many rows each status holds under the other filters. A chip shows exactly that status
// (one click from any view); "All" drops the status filter. A list that counts only up to a
// limit passes it: a count above it reads "10,000+".
import Link from "next/link";

import type { BadgeTone } from "@/components/badge";
import { formatCountUpTo, formatTotalUpTo } from "@/lib/format/format-count";
import { pageHref, toSearchParams } from "@/lib/pagination/keyset";
import type { RawSearchParams } from "@/lib/search-params";

/** One status: its value, words, and the colour of its dot (a badge tone or a CSS colour). */
type StatusChip = { value: string; label: string; description?: string; tone?: BadgeTone; color?: string };

const dotClasses: Record<BadgeTone, string> = {
  neutral: "bg-gray-400",
  accent: "bg-accent-600",
  warning: "bg-amber-500",
  danger: "bg-red-600",
  success: "bg-green-600",
};

type StatusChipsProps = {
  /** The navigation's name, e.g. "Applications by status". */
  label: string;
  /** The list: its path and query (a chip keeps the other filters). */
  view: { path: string; query: RawSearchParams };
  chips: readonly StatusChip[];
  /** null: not counted (the chips then carry no numbers, and `notCounted` says why). */
  counts: Readonly<Record<string, number>> | null;
  notCounted?: string;
  selected: readonly string[];
  /** Counts above this are "more than": shown as "10,000+". */
  limit?: number;
};

export function StatusChips({ label, view, chips, counts, selected, limit = Infinity, notCounted }: StatusChipsProps) {
  const { path, query } = view;
  const count = (text: string) => (counts ? <span className="tabular-nums">{text}</span> : null);
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
  return (
    <nav aria-label={label} className="mb-3">
      <ul className="flex flex-wrap gap-1.5">
        <li>
          <Link
            href={hrefWith(null)}
            aria-current={selected.length === 0 ? "true" : undefined}
            className={chipClass(selected.length === 0)}
          >
            All {count(formatTotalUpTo(Object.values(counts ?? {}), limit))}
          </Link>
        </li>
        {chips.map((chip) => {
          const active = selected.length === 1 && selected[0] === chip.value;
          const included = selected.includes(chip.value);
          return (
            <li key={chip.value}>
              <Link
                href={hrefWith(chip.value)}
                aria-current={active ? "true" : undefined}
                title={chip.description}
                data-status={chip.value}
                className={chipClass(active || (included && selected.length > 1))}
              >
                <span
                  aria-hidden="true"
                  className={`size-2 rounded-full ${chip.tone ? dotClasses[chip.tone] : ""}`}
                  style={chip.color ? { backgroundColor: chip.color } : undefined}
                />
                {chip.label} {count(formatCountUpTo(counts?.[chip.value] ?? 0, limit))}
              </Link>
            </li>
          );
        })}
        {!counts && notCounted && (
          <li className="self-center text-xs text-gray-600" data-testid="chips-not-counted">
            {notCounted}
          </li>
        )}
      </ul>
    </nav>
  );
}
