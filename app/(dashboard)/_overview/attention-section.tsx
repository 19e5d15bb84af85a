// What needs attention now: each figure links to the list that shows its rows. Funding
// figures link only for roles that may open the reconciliation pages.
import type { ReactNode } from "react";

import { formatCount } from "@/lib/format/format-count";
import { formatDateTime } from "@/lib/format/format-date-time";
import type { CappedCount } from "@/lib/overview/capped-count";
import type { Overview } from "@/lib/overview/get-overview";
import { overviewLinks } from "@/lib/overview/overview-links";

import { FigureCellView } from "./figure-table";

const DELIVERY_TILES = [
  {
    title: "Deliveries that failed to apply",
    key: "failedToApply",
    href: overviewLinks.failedDeliveries,
    what: "failed deliveries",
  },
  {
    title: "Refused signatures, last 24 hours",
    key: "refusedSignatures",
    href: overviewLinks.refusedSignatures,
    what: "refused signatures",
  },
] as const;

const capped = (value: CappedCount) => `${formatCount(value.count)}${value.more ? "+" : ""}`;

function Tile({ title, children }: { title: string; children: ReactNode }) {
  return (
    <li className="min-w-0 rounded-lg border border-gray-200 bg-white p-3 shadow-sm">
      <h3 className="text-xs font-medium text-gray-600">{title}</h3>
      <div className="mt-1 text-sm text-gray-800">{children}</div>
    </li>
  );
}

/** A big linked number and what it counts. */
function Figure({ text, href, what }: { text: string; href?: string; what: string }) {
  return (
    <p>
      <span className="text-2xl font-semibold tabular-nums">
        <FigureCellView cell={{ text, href, label: href ? `${text} ${what}` : undefined }} />
      </span>{" "}
      <span className="text-xs text-gray-600">{what}</span>
    </p>
  );
}

export function AttentionSection({ overview, timeZone }: { overview: Overview; timeZone: string }) {
  const { deliveries, disputes, funding, withFunding } = overview;
  const financeLink = (href: string) => (withFunding ? href : undefined);
  const sync = funding.lastSync;
  return (
    <section aria-labelledby="attention-heading" className="mb-8">
      <h2 id="attention-heading" className="mb-3 text-base font-semibold text-gray-900">
        Needs attention now
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Tile title="Open issues">
          <Figure text={formatCount(overview.openIssues)} href="/issues" what="open issues" />
        </Tile>
        {DELIVERY_TILES.map(({ title, key, href, what }) => (
          <Tile key={key} title={title}>
            <Figure text={capped(deliveries[key])} href={href()} what={what} />
          </Tile>
        ))}
        <Tile title="Open disputes">
          <Figure text={formatCount(disputes.open)} href={overviewLinks.openDisputes()} what="open disputes" />
          <p className="mt-1 text-xs text-gray-600">
            Opened more than{" "}
            {(["7", "30", "60"] as const).map((age, i) => (
              <span key={age}>
                {i > 0 && ", "}
                {age} days ago:{" "}
                <FigureCellView
                  cell={{
                    text: formatCount(disputes.olderThan[age]),
                    href: overviewLinks.openDisputes(age),
                    label: `${formatCount(disputes.olderThan[age])} open disputes opened more than ${age} days ago`,
                  }}
                />
              </span>
            ))}
          </p>
        </Tile>
        <Tile title="Mismatches to review">
          <Figure
            text={formatCount(funding.mismatches.open)}
            href={financeLink(overviewLinks.mismatches("open"))}
            what="open mismatches"
          />
          <p className="mt-1 text-xs text-gray-600">
            Assigned:{" "}
            <FigureCellView
              cell={{
                text: formatCount(funding.mismatches.assigned),
                href: financeLink(overviewLinks.mismatches("assigned")),
                label: `${formatCount(funding.mismatches.assigned)} assigned mismatches`,
              }}
            />
          </p>
        </Tile>
        <Tile title="Approved, no funding after 7 days">
          <Figure
            text={capped(funding.ordersWithoutFunding)}
            href={financeLink(overviewLinks.ordersWithoutFunding())}
            what="approved sales without funding"
          />
        </Tile>
        <Tile title="Last funding sync">
          {sync ? (
            <p>
              <FigureCellView cell={{ text: SYNC_WORDS[sync.status], href: financeLink(overviewLinks.syncRuns()) }} />{" "}
              <span className="text-xs text-gray-600">
                started {formatDateTime(sync.startedAt, timeZone)}
                {sync.status !== "RUNNING" &&
                  `, ${formatCount(sync.newCount)} new, ${formatCount(sync.changedCount)} changed`}
              </span>
              {sync.error && <span className="mt-1 block text-xs text-red-700">{sync.error}</span>}
            </p>
          ) : (
            <p className="text-xs text-gray-600">No sync or import yet.</p>
          )}
        </Tile>
      </ul>
      {!withFunding && (
        <p className="mt-2 text-xs text-gray-600">Reconciliation pages and amounts are for finance and admin.</p>
      )}
    </section>
  );
}

const SYNC_WORDS = { RUNNING: "Running", SUCCEEDED: "Succeeded", FAILED: "Failed" } as const;
