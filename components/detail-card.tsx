// The boxes of a record's page: a titled card, the stack and grid that space the cards, and
// label/value rows inside a <dl>.
import type { ReactNode } from "react";

type DetailCardProps = { title: string; note?: string; actions?: ReactNode; children: ReactNode };

export function DetailCard({ title, note, actions, children }: DetailCardProps) {
  const id = `card-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="min-w-0 rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <h2 id={id} className="text-sm font-semibold text-gray-900">
          {title}
          {note && <span className="ml-2 text-xs font-normal text-gray-600">{note}</span>}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** One label/value pair; the label column is `wide` where labels are long. */
export function DetailRow({ label, wide = false, children }: { label: string; wide?: boolean; children: ReactNode }) {
  const columns = wide
    ? "grid-cols-[7.5rem_minmax(0,1fr)] sm:grid-cols-[9.5rem_minmax(0,1fr)]"
    : "grid-cols-[6.5rem_minmax(0,1fr)] sm:grid-cols-[8.5rem_minmax(0,1fr)]";
  return (
    <div className={`grid gap-2 border-b border-gray-100 py-1.5 last:border-b-0 ${columns}`}>
      <dt className="text-xs font-medium text-gray-600">{label}</dt>
      <dd className="min-w-0 text-sm text-gray-900">{children}</dd>
    </div>
  );
}

/** A record page's h1: what it is, then its id (or name) in mono. */
export function DetailTitle({ kind, id }: { kind: string; id: string }) {
  return (
    <>
      {kind} <span className="font-mono text-base font-medium break-all text-gray-700">{id}</span>
    </>
  );
}

/** An id in mono, or "none". */
export function DetailId({ value }: { value: string | null }) {
  return <span className="font-mono text-xs break-all">{value ?? <span className="text-gray-500">none</span>}</span>;
}

/** A record page's cards, stacked one below the other with the same space between them. */
export function DetailSections({ children }: { children: ReactNode }) {
  return <div className="space-y-4">{children}</div>;
}

/** Cards side by side on wide screens (two equal columns unless `columns` says otherwise). */
export function DetailGrid({ columns = "lg:grid-cols-2", children }: { columns?: string; children: ReactNode }) {
  return <div className={`grid gap-4 ${columns}`}>{children}</div>;
}
