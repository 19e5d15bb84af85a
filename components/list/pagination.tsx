// "Newer / Older" links of a keyset-paginated list (newest first).
import Link from "next/link";

import { buttonClasses } from "@/components/button";

type PaginationProps = {
  newerHref: string | null;
  olderHref: string | null;
  firstHref?: string | null;
  summary?: string;
};

export function Pagination({ newerHref, olderHref, firstHref, summary }: PaginationProps) {
  if (!newerHref && !olderHref) return summary ? <p className="mt-3 text-xs text-gray-600">{summary}</p> : null;
  return (
    <nav aria-label="Pagination" className="mt-3 flex flex-wrap items-center justify-between gap-2">
      <p className="text-xs text-gray-600">{summary}</p>
      <div className="flex gap-2">
        {firstHref && newerHref && (
          <Link href={firstHref} className={buttonClasses({ size: "sm", variant: "ghost" })}>
            Newest
          </Link>
        )}
        <PageLink href={newerHref} label="← Newer" rel="prev" />
        <PageLink href={olderHref} label="Older →" rel="next" />
      </div>
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
