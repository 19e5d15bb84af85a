// How the application page shows a value: an id in mono (copyable), rows of label and value,
// and a section's list of entries (or the sentence it shows when it has nothing to list).
import type { ReactNode } from "react";

import { CopyButton } from "@/components/copy-button";
import { none } from "@/components/data-table";
import { DetailRow } from "@/components/detail-card";

export function Mono({ value, copy = false }: { value: string | null; copy?: boolean }) {
  if (!value) return none;
  return (
    <span className="flex flex-wrap items-center gap-2">
      <code className="font-mono text-xs break-all">{value}</code>
      {copy && <CopyButton text={value} label="Copy" />}
    </span>
  );
}

/** A label and what to show for it; null or undefined shows as nothing known. */
export type Row = readonly [label: string, value: ReactNode];

/** Rows of a detail list; wrap them in a <dl>. */
export function Rows({ rows }: { rows: readonly Row[] }) {
  return rows.map(([label, value]) => (
    <DetailRow key={label} wide label={label}>
      {value ?? none}
    </DetailRow>
  ));
}

/** Rows of ids, each in mono. */
export const idRows = (ids: readonly [label: string, value: string | null][]): Row[] =>
  ids.map(([label, value]) => [label, <Mono key={label} value={value} />]);

export function Empty({ children }: { children: ReactNode }) {
  return <p className="text-sm text-gray-600">{children}</p>;
}

type EntriesProps<T> = {
  items: readonly T[];
  /** The sentence shown when there is none. */
  empty: ReactNode;
  keyOf: (item: T) => string;
  children: (item: T) => ReactNode;
};

/** A section's entries, one list item each, or the sentence it shows when there is none. */
export function Entries<T>({ items, empty, keyOf, children }: EntriesProps<T>) {
  if (!items.length) return <Empty>{empty}</Empty>;
  return (
    <ul className="space-y-2">
      {items.map((item) => (
        <li key={keyOf(item)} className="text-sm">
          {children(item)}
        </li>
      ))}
    </ul>
  );
}
