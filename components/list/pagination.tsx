// The one pager of every keyset-paginated list (newest first): "Newest", "← Newer", "Older →",
// each keeping the list's filters.
import Link from "next/link";

import { buttonClasses } from "@/components/button";
import { firstPageHref, pageHref } from "@/lib/pagination/keyset";
import type { RawSearchParams } from "@/lib/search-params";

type PaginationProps = {
  path: string;
  query: RawSearchParams;
  /** The page's neighbours (cursors), as a list reader returns them. */
  page: { newer: string | null; older: string | null };
  /** Whether this page was reached through a cursor (then "Newest" leads back to the first page). */
  paged: boolean;
};

export function Pagination({ path, query, page, paged }: PaginationProps) {
  if (!page.newer && !page.older) return null;
  return (
    <nav aria-label="Pagination" className="mt-3 flex flex-wrap items-center justify-end gap-2">
      {paged && page.newer && (
        <Link href={firstPageHref(path, query)} className={buttonClasses({ size: "sm", variant: "ghost" })}>
          Newest
        </Link>
      )}
      <PageLink href={page.newer && pageHref(path, query, page.newer)} label="← Newer" rel="prev" />
      <PageLink href={page.older && pageHref(path, query, page.older)} label="Older →" rel="next" />
    </nav>
  );
}

function PageLink({ href, label, rel }: { href: string | null; label: string; rel: "prev" | "next" }) {
  if (!href) {
    return (
      <span aria-disabled="true" className={`${buttonClasses({ size: "sm" })} pointer-events-none opacity-50`}>
        {label}
      </span>
    );
  }
  return (
    <Link href={href} rel={rel} className={buttonClasses({ size: "sm" })}>
      {label}
    </Link>
  );
}
