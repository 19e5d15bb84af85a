"use client";

// The signed-in shell's navigation: a left sidebar on wide screens, a top bar with a
// menu button on narrow ones, and the search box (/search) for every role. The current page
// is marked with aria-current="page".
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState, type ReactNode } from "react";

export type NavItem = { href: string; label: string };

/** The item whose href is the longest prefix of the path (/settings/users → Users, not Settings). */
function currentHref(items: NavItem[], pathname: string): string | undefined {
  return items
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}

/** Issues (what the alert checks found) is for every signed-in role: after Disputes, or last. */
function withIssues(items: NavItem[]): NavItem[] {
  if (items.some((item) => item.href === "/issues")) return items;
  const at = items.findIndex((item) => item.href === "/disputes") + 1 || items.length;
  return [...items.slice(0, at), { href: "/issues", label: "Issues" }, ...items.slice(at)];
}

export function AppNav({ items: given, account }: { items: NavItem[]; account: ReactNode }) {
  const items = withIssues(given);
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  // The overview at / comes first for every role (the layout lists the rest by role).
  const all = [{ href: "/", label: "Overview" }, ...items];
  const active = currentHref(all, pathname);

  return (
    <header className="border-b border-gray-200 bg-white md:sticky md:top-0 md:flex md:h-dvh md:w-56 md:shrink-0 md:flex-col md:border-r md:border-b-0">
      <div className="flex h-14 items-center justify-between gap-3 px-4 md:h-16">
        <Link href="/" className="flex items-center gap-2 rounded text-base font-semibold tracking-tight text-gray-900">
          <span
            aria-hidden="true"
            className="grid size-7 place-items-center rounded-md bg-accent-700 text-sm font-bold text-white"
          >
            F
          </span>
          Financing Desk
        </Link>
        <button
          type="button"
          className="inline-flex h-9 items-center gap-2 rounded-md border border-gray-300 px-3 text-sm font-medium text-gray-800 hover:bg-gray-50 md:hidden"
          aria-expanded={open}
          aria-controls="app-nav-panel"
          onClick={() => setOpen((value) => !value)}
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            className="size-4"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.75"
          >
            {open ? <path d="M5 5l10 10M15 5L5 15" /> : <path d="M3 5h14M3 10h14M3 15h14" />}
          </svg>
          Menu
        </button>
      </div>

      <div className="px-4 pb-3 md:pb-2">
        <SearchBox id="app-search" label="Find anything" />
      </div>

      <div
        id="app-nav-panel"
        className={`${open ? "flex" : "hidden"} flex-col border-t border-gray-200 md:flex md:flex-1 md:border-t-0`}
      >
        <nav aria-label="Main" className="px-2 py-3 md:flex-1">
          <ul className="space-y-0.5">
            {all.map((item) => {
              const isCurrent = item.href === active;
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={isCurrent ? "page" : undefined}
                    onClick={() => setOpen(false)}
                    className={`block rounded-md px-3 py-2 text-sm font-medium ${
                      isCurrent
                        ? "bg-accent-50 text-accent-800 ring-1 ring-accent-200 ring-inset"
                        : "text-gray-700 hover:bg-gray-100 hover:text-gray-900"
                    }`}
                  >
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="border-t border-gray-200 px-4 py-3">{account}</div>
      </div>
    </header>
  );
}

/** A GET form to /search (the shell's box, and the search page's own with its text). */
export function SearchBox({
  id,
  label,
  value,
  visibleLabel = false,
}: {
  id: string;
  label: string;
  value?: string;
  visibleLabel?: boolean;
}) {
  return (
    <form role="search" action="/search" method="get" className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className={visibleLabel ? "text-sm font-medium text-gray-800" : "sr-only"}>
        {label}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={value}
        maxLength={200}
        placeholder="Name, email, id, amount"
        className="h-9 w-full min-w-0 flex-1 rounded-md border border-gray-300 px-3 text-sm placeholder:text-gray-500"
      />
    </form>
  );
}
