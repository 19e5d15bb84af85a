// The search's groups: a heading per kind with how many matched, its rows, and the list
// filtered by the same text when more matched than are shown.
import Link from "next/link";

import { SEARCH_LIMIT, type SearchGroup, type SearchRow } from "@/lib/search/search-types";

const linkClass = "font-medium text-accent-700 underline-offset-2 hover:underline";

export function SearchResults({ q, groups }: { q: string; groups: SearchGroup[] }) {
  const found = groups.filter((group) => group.rows.length);
  if (!found.length) return <p className="text-sm text-gray-600">Nothing matches “{q}”.</p>;
  return (
    <div className="space-y-6">
      {found.map((group) => (
        <section key={group.kind} aria-labelledby={`search-${group.kind}`}>
          <h2 id={`search-${group.kind}`} className="mb-2 text-base font-semibold text-gray-900">
            {group.label}{" "}
            <span className="text-sm font-normal text-gray-600">
              ({group.more ? `the first ${SEARCH_LIMIT}` : group.rows.length})
            </span>
          </h2>
          <ul className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white shadow-sm">
            {group.rows.map((row) => (
              <li key={row.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-3 py-2 text-sm">
                <Row row={row} />
              </li>
            ))}
          </ul>
          {group.more && group.seeAll && (
            <p className="mt-2 text-sm">
              <Link href={group.seeAll.href} className={linkClass}>
                See all in {group.seeAll.label}
              </Link>
            </p>
          )}
        </section>
      ))}
    </div>
  );
}

function Row({ row }: { row: SearchRow }) {
  return (
    <>
      {row.href ? (
        <Link href={row.href} className={`font-mono text-xs ${linkClass}`}>
          {row.title}
        </Link>
      ) : (
        <span className="text-gray-900">{row.title}</span>
      )}
      <span className="rounded bg-gray-100 px-1.5 py-0.5 text-xs text-gray-800">{row.status}</span>
      {row.detail && <span className="text-gray-700">{row.detail}</span>}
      {row.note &&
        (row.note.href ? (
          <Link href={row.note.href} className={linkClass}>
            {row.note.text}
          </Link>
        ) : (
          <span className="text-gray-600">{row.note.text}</span>
        ))}
    </>
  );
}
