// What /search shows: one group per kind of record, at most SEARCH_LIMIT rows each.
export const SEARCH_LIMIT = 10;

export type SearchKind = "applications" | "orders" | "financingRequests" | "disputes" | "deliveries" | "fundingRecords";

export type SearchRow = {
  id: string;
  /** The record's page; null when the viewer may not open it (`note` says why). */
  href: string | null;
  title: string;
  status: string;
  detail: string | null;
  note?: { text: string; href?: string };
};

export type SearchGroup = {
  kind: SearchKind;
  label: string;
  rows: SearchRow[];
  /** More than SEARCH_LIMIT matched. */
  more: boolean;
  /** The list filtered by the same q, where the list searches that way and the viewer may see it. */
  seeAll: { href: string; label: string } | null;
};

/** What one kind's finder gets: the text, the amount it may mean, and the applications whose customer or ids it names. */
export type SearchInput = { q: string; amount: string | undefined; applicationIds: string[] };

export const take = SEARCH_LIMIT + 1;

export function grouped(
  kind: SearchKind,
  label: string,
  rows: SearchRow[],
  seeAll: SearchGroup["seeAll"],
): SearchGroup {
  return { kind, label, rows: rows.slice(0, SEARCH_LIMIT), more: rows.length > SEARCH_LIMIT, seeAll };
}

export const listHref = (path: string, q: string) => `${path}?${new URLSearchParams({ q })}`;

/** The row's facts that are known, "Ada Lovelace · $1,299.99". */
export const detailOf = (...parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join(" · ") || null;

/** A cart's or order's own copy of the customer (from the cart). */
export const cartCustomerColumns = { customerFirstName: true, customerLastName: true, customerEmail: true } as const;
