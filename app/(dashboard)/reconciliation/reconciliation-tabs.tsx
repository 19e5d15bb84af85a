// The two views of funding: record by record (the report) and per funded day and lender (deposits).
import Link from "next/link";

const TABS = [
  { href: "/reconciliation", label: "Funding records" },
  { href: "/reconciliation/deposits", label: "Deposits" },
] as const;

export function ReconciliationTabs({ current }: { current: (typeof TABS)[number]["href"] }) {
  return (
    <nav aria-label="Reconciliation views" className="mb-4 flex gap-1 border-b border-gray-200">
      {TABS.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={tab.href === current ? "page" : undefined}
          className={`-mb-px border-b-2 px-3 py-1.5 text-sm font-medium ${
            tab.href === current
              ? "border-accent-600 text-accent-700"
              : "border-transparent text-gray-600 hover:border-gray-300 hover:text-gray-900"
          }`}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
