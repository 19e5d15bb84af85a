// One funding record and its earlier versions, newest first, with the fields that changed
// at each step: how finance sees that a mismatch was later reconciled.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { FundingStatusBadge } from "@/app/(dashboard)/reconciliation/funding-badges";
import { Badge } from "@/components/badge";
import { DateTime } from "@/components/date-time";
import { DetailTitle } from "@/components/detail-card";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { formatMoney } from "@/lib/format/format-money";
import { FUNDING_RECORD_FIELDS, type FundingRecordField } from "@/lib/providers/chargeafter/funding-record-schema";
import { fundingFieldLabel } from "@/lib/reconciliation/funding-field-labels";
import {
  getFundingRecordHistory,
  type FundingRecordVersionEntry,
} from "@/lib/reconciliation/get-funding-record-history";

import { LinkSection } from "./_sections/link-section";
import { MismatchSection } from "./_sections/mismatch-section";

export const metadata: Metadata = { title: "Funding record" };

const AMOUNTS = new Set<FundingRecordField>(["transactionAmount", "discountAmount", "netAmount"]);
const TIMES = new Set<FundingRecordField>(["transactionDate", "fundedAt", "updatedAt"]);

export default async function FundingRecordPage({ params }: { params: Promise<{ transactionId: string }> }) {
  await requirePermission("viewFunding");
  const { transactionId } = await params;
  const id = safeDecode(transactionId);
  // No stored id is blank, longer than 200 characters or holds a NUL (PostgreSQL text cannot).
  if (!id.trim() || id.length > 200 || id.includes("\0")) notFound();
  const history = await getFundingRecordHistory({ transactionId: id });
  if (!history) notFound();
  const current = history.versions[0]!;

  return (
    <>
      <PageHeader
        title={<DetailTitle kind="Funding record" id={history.transactionId} />}
        back={{ href: "/reconciliation", label: "Reconciliation" }}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            {current.values.status && <FundingStatusBadge value={current.values.status} />}
            <span>
              Version {current.version}, first seen <DateTime value={history.firstSeenAt} />, last synced{" "}
              <DateTime value={history.lastSyncedAt} />
            </span>
            {history.applicationId ? (
              <Link
                href={`/applications/${history.applicationId}`}
                className="font-medium text-accent-700 underline-offset-2 hover:underline"
              >
                Open the matched application
              </Link>
            ) : (
              <Badge tone="warning">No local match</Badge>
            )}
            {history.amountsExact && (
              <span title="ChargeAfter sent more than two decimals; the record holds the amount rounded half-even to cents">
                <Badge tone="warning">Amount rounded</Badge>{" "}
                {Object.entries(history.amountsExact)
                  .map(([field, exact]) => `${fundingFieldLabel(field)} sent as ${exact}`)
                  .join(", ")}
              </span>
            )}
          </span>
        }
      />
      <MismatchSection transactionId={history.transactionId} />
      <LinkSection transactionId={history.transactionId} />
      <h2 className="mb-2 text-base font-semibold text-gray-900">
        {history.versions.length === 1
          ? "Unchanged since first seen"
          : `${history.versions.length} versions, newest first`}
      </h2>
      <ol className="space-y-4">
        {history.versions.map((entry, i) => (
          <li key={entry.version}>
            <Version entry={entry} isCurrent={i === 0} />
          </li>
        ))}
      </ol>
    </>
  );
}

function Version({ entry, isCurrent }: { entry: FundingRecordVersionEntry; isCurrent: boolean }) {
  const changed = new Set(entry.changedFields);
  return (
    <section
      aria-labelledby={`version-${entry.version}`}
      className="rounded-lg border border-gray-200 bg-white shadow-sm"
    >
      <div className="flex flex-wrap items-center gap-2 border-b border-gray-200 px-3 py-2">
        <h3 id={`version-${entry.version}`} className="text-sm font-semibold text-gray-900">
          Version {entry.version}
          {isCurrent ? " (current)" : ""}
        </h3>
        {entry.values.status && <FundingStatusBadge value={entry.values.status} />}
        <span className="text-xs text-gray-600">
          {entry.replacedAt ? (
            <>
              replaced <DateTime value={entry.replacedAt} />
            </>
          ) : (
            "as it is now"
          )}
          {entry.changedFields.length > 0 &&
            ` · changed from the version before: ${entry.changedFields.map(fundingFieldLabel).join(", ")}`}
        </span>
      </div>
      <dl className="grid gap-x-4 gap-y-1 px-3 py-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {FUNDING_RECORD_FIELDS.map((field) => (
          <div
            key={field}
            className={`flex min-w-0 gap-2 rounded px-1 ${changed.has(field) ? "bg-amber-50 ring-1 ring-amber-200 ring-inset" : ""}`}
          >
            <dt className="w-40 shrink-0 text-xs leading-5 text-gray-600">
              {fundingFieldLabel(field)}
              {changed.has(field) && <span className="sr-only"> (changed)</span>}
            </dt>
            <dd className="min-w-0 font-mono text-xs leading-5 break-all text-gray-900">
              {show(field, entry.values[field])}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function show(field: FundingRecordField, value: string | null) {
  if (value === null || value === "") return <span className="text-gray-500">—</span>;
  if (AMOUNTS.has(field)) return formatMoney(value);
  if (TIMES.has(field)) return <DateTime value={new Date(value)} />;
  return value;
}

/** The id as written; a param Next already decoded (or a stray "%") is kept as is. */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
