// The two blocks of a Settings page that manages things (users, API keys, endpoints): a card
// with the form that adds one, and the list of what exists with its count.
import type { ReactNode } from "react";

import { appTimeZone } from "@/lib/format/format-date-time";

/** `id` names the heading, so the section is a labelled region. */
export function AddSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-8 rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <h2 id={id} className="mb-3 text-base font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function ListSection({
  id,
  title,
  count,
  children,
}: {
  id: string;
  title: string;
  /** Shown in brackets after the title, e.g. 3 or "2 active of 3". */
  count: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-base font-semibold">
          {title} <span className="font-normal text-gray-600 tabular-nums">({count})</span>
        </h2>
        <p className="text-xs text-gray-600">Times in {appTimeZone()}.</p>
      </div>
      {children}
    </section>
  );
}
