// One delivery: the request exactly as received, our answer, what processing did with
// it and what it touched, its duplicates, its audit trail, and replay for admins.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { HttpStatus, ProcessingBadge, VerificationBadge } from "@/app/(dashboard)/deliveries/delivery-badges";
import { Badge } from "@/components/badge";
import { buttonClasses } from "@/components/button";
import { CopyButton } from "@/components/copy-button";
import { DataTable, Td, Th } from "@/components/data-table";
import { DateTime } from "@/components/date-time";
import { DetailCard, DetailRow } from "@/components/detail-card";
import { PageHeader } from "@/components/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { describeFlag, processingLabels, providerLabels, verificationLabels } from "@/lib/deliveries/delivery-labels";
import { describeBody, type BodyView } from "@/lib/deliveries/describe-body";
import { getDelivery, type DeliveryDetail } from "@/lib/deliveries/get-delivery";
import { appTimeZone } from "@/lib/format/format-date-time";

import { ReplayButton } from "./replay-button";

export const metadata: Metadata = { title: "Delivery" };

export default async function DeliveryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("viewOperations");
  const { id } = await params;
  const delivery = await getDelivery(id);
  if (!delivery) notFound();
  const body = describeBody(delivery.rawBody, delivery.contentType);

  return (
    <>
      <PageHeader
        title={
          <>
            Delivery{" "}
            <span className="font-mono text-base font-medium text-gray-700">
              {delivery.eventType ?? "(no event type)"}
            </span>
          </>
        }
        back={{ href: "/deliveries", label: "Deliveries" }}
        description={
          <>
            {providerLabels[delivery.provider]} → <span className="font-mono">{delivery.endpoint}</span>, received{" "}
            <DateTime value={delivery.receivedAt} />
          </>
        }
        actions={can(user.role, "replayDelivery") ? <ReplayButton id={delivery.id} /> : undefined}
      />

      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <DetailCard title="Outcome">
          <Outcome delivery={delivery} />
        </DetailCard>
        <DetailCard title="What it touched">
          <Touched delivery={delivery} />
        </DetailCard>
      </div>

      <DetailCard
        title="Request headers"
        className="mt-4"
        note="As stored: Authorization, Cookie and x-signature are masked."
      >
        {delivery.headers.length ? (
          <DataTable caption="Request headers as received (secrets masked)">
            <thead>
              <tr>
                <Th>Name</Th>
                <Th>Value</Th>
              </tr>
            </thead>
            <tbody>
              {delivery.headers.map(([name, value]) => (
                <tr key={name}>
                  <Td className="font-mono text-xs whitespace-nowrap">{name}</Td>
                  <Td className="font-mono text-xs break-all">{value}</Td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        ) : (
          <p className="text-sm text-gray-600">No headers were stored.</p>
        )}
      </DetailCard>

      <DetailCard
        title="Body"
        className="mt-4"
        note={`${delivery.contentType ?? "no content type"}, ${delivery.bodyBytes.toLocaleString("en-US")} bytes`}
        actions={
          <a href={`/api/deliveries/${delivery.id}/raw`} className={buttonClasses({ size: "sm" })} download>
            Download raw body
          </a>
        }
      >
        <Body view={body} />
        {body.kind !== "empty" && body.kind !== "binary" && body.kind !== "text" && (
          <details className="mt-3">
            <summary className="cursor-pointer text-sm font-medium text-accent-700">
              Raw body, exactly as received
            </summary>
            <pre className="mt-2 max-h-96 overflow-auto rounded-md border border-gray-200 bg-gray-50 p-3 font-mono text-xs break-all whitespace-pre-wrap text-gray-900">
              {body.text}
            </pre>
          </details>
        )}
      </DetailCard>

      {delivery.searchIds.length > 0 && (
        <DetailCard title="Ids in the payload" className="mt-4" note="Each finds every delivery that carries it.">
          <ul className="flex flex-wrap gap-1.5">
            {delivery.searchIds.map((searchId) => (
              <li key={searchId}>
                <Link
                  href={`/deliveries?q=${encodeURIComponent(searchId)}`}
                  className="inline-block rounded bg-gray-100 px-1.5 py-0.5 font-mono text-xs text-accent-800 ring-1 ring-gray-200 ring-inset hover:bg-accent-50"
                >
                  {searchId}
                </Link>
              </li>
            ))}
          </ul>
        </DetailCard>
      )}

      <DetailCard title="Audit trail" className="mt-4" note={`Times in ${appTimeZone()}.`}>
        {delivery.audit.length ? (
          <DataTable caption="Audit entries about this delivery, newest first">
            <thead>
              <tr>
                <Th>When</Th>
                <Th>Who</Th>
                <Th>What</Th>
                <Th>Outcome</Th>
              </tr>
            </thead>
            <tbody>
              {delivery.audit.map((entry) => (
                <tr key={entry.id}>
                  <Td>
                    <DateTime value={entry.at} />
                  </Td>
                  <Td className="whitespace-nowrap">{entry.actorEmail}</Td>
                  <Td className="font-mono text-xs whitespace-nowrap">{entry.action}</Td>
                  <Td className="text-xs">{auditOutcome(entry.details)}</Td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        ) : (
          <p className="text-sm text-gray-600">Nobody has replayed this delivery.</p>
        )}
      </DetailCard>
    </>
  );
}

function Outcome({ delivery }: { delivery: DeliveryDetail }) {
  return (
    <>
      {delivery.processingError && (
        <p
          role="note"
          className={`mb-3 rounded-md px-3 py-2 text-sm break-words ring-1 ring-inset ${
            delivery.processing === "IGNORED"
              ? "bg-amber-50 text-amber-950 ring-amber-200"
              : "bg-red-50 text-red-900 ring-red-200"
          }`}
        >
          <span className="font-semibold">
            {delivery.processing === "IGNORED" ? "Why it had no effect: " : "Error: "}
          </span>
          {delivery.processingError}
        </p>
      )}
      <dl>
        <DetailRow label="Our answer">
          <HttpStatus status={delivery.responseStatus} />
        </DetailRow>
        <DetailRow label="Verification">
          <span className="flex flex-wrap items-center gap-2">
            <VerificationBadge value={delivery.verification} />
            <span className="text-xs text-gray-600">{verificationLabels[delivery.verification].description}</span>
          </span>
        </DetailRow>
        <DetailRow label="Processing">
          <span className="flex flex-wrap items-center gap-2">
            <ProcessingBadge value={delivery.processing} />
            <span className="text-xs text-gray-600">{processingLabels[delivery.processing].description}</span>
          </span>
        </DetailRow>
        <DetailRow label="Processed at">
          <DateTime value={delivery.processedAt} fallback="Not yet" />
        </DetailRow>
        <DetailRow label="Replays">{delivery.replayCount === 0 ? "None" : delivery.replayCount}</DetailRow>
        <DetailRow label="Flags">
          {delivery.flags.length ? (
            <ul className="space-y-1">
              {delivery.flags.map((flag) => (
                <li key={flag}>
                  <Badge tone="warning">{flag}</Badge>{" "}
                  <span className="text-xs text-gray-700">{describeFlag(flag)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <span className="text-gray-500">None</span>
          )}
        </DetailRow>
        <DetailRow label="Delivery id">
          <span className="flex flex-wrap items-center gap-2">
            <code className="font-mono text-xs break-all">{delivery.id}</code>
            <CopyButton text={delivery.id} label="Copy id" />
          </span>
        </DetailRow>
        <DetailRow label="From address">
          <span className="font-mono text-xs">{delivery.remoteAddress ?? "unknown"}</span>
        </DetailRow>
        <DetailRow label="Dedupe key">
          <span className="font-mono text-xs break-all">
            {delivery.dedupeKey ?? <span className="text-gray-500">none</span>}
          </span>
        </DetailRow>
      </dl>
    </>
  );
}

function Touched({ delivery }: { delivery: DeliveryDetail }) {
  const { application, order, dispute, duplicateOf, duplicates } = delivery;
  const more = delivery._count.duplicates - duplicates.length;
  const linkClass = "font-medium text-accent-700 underline-offset-2 hover:underline";
  return (
    <dl>
      <DetailRow label="Application">
        {application ? (
          <Link href={`/applications/${application.id}`} className={linkClass}>
            {[application.customerFirstName, application.customerLastName].filter(Boolean).join(" ") || "Application"}{" "}
            <span className="font-mono text-xs">{application.externalId}</span>
          </Link>
        ) : (
          <span className="text-gray-500">None</span>
        )}
        {application && <span className="ml-2 text-xs text-gray-600">{application.status.toLowerCase()}</span>}
      </DetailRow>
      <DetailRow label="Order">
        {order ? (
          <Link
            href={`/orders?q=${encodeURIComponent(order.merchantTransactionId ?? order.requestToken)}`}
            className={linkClass}
          >
            Order <span className="font-mono text-xs">{order.merchantTransactionId ?? order.requestToken}</span>
          </Link>
        ) : (
          <span className="text-gray-500">None</span>
        )}
        {order && <span className="ml-2 text-xs text-gray-600">{order.status.toLowerCase()}</span>}
      </DetailRow>
      <DetailRow label="Dispute">
        {dispute ? (
          <Link href={`/disputes/${dispute.id}`} className={linkClass}>
            Dispute <span className="font-mono text-xs">{dispute.externalId}</span>
          </Link>
        ) : (
          <span className="text-gray-500">None</span>
        )}
        {dispute && (
          <span className="ml-2 text-xs text-gray-600">{dispute.status.toLowerCase().replace("_", " ")}</span>
        )}
      </DetailRow>
      <DetailRow label="Duplicate of">
        {duplicateOf ? (
          <Link href={`/deliveries/${duplicateOf.id}`} className={linkClass}>
            The delivery of <DateTime value={duplicateOf.receivedAt} />
          </Link>
        ) : (
          <span className="text-gray-500">Not a duplicate</span>
        )}
      </DetailRow>
      <DetailRow label="Its duplicates">
        {duplicates.length ? (
          <ul className="space-y-0.5">
            {duplicates.map((duplicate) => (
              <li key={duplicate.id}>
                <Link href={`/deliveries/${duplicate.id}`} className={linkClass}>
                  <DateTime value={duplicate.receivedAt} />
                </Link>
              </li>
            ))}
            {more > 0 && <li className="text-xs text-gray-600">and {more} more</li>}
          </ul>
        ) : (
          <span className="text-gray-500">None</span>
        )}
      </DetailRow>
    </dl>
  );
}

function Body({ view }: { view: BodyView }) {
  const pre =
    "max-h-[32rem] overflow-auto rounded-md border border-gray-200 bg-gray-50 p-3 font-mono text-xs whitespace-pre-wrap break-all text-gray-900";
  switch (view.kind) {
    case "empty":
      return <p className="text-sm text-gray-600">The body was empty.</p>;
    case "binary":
      return (
        <p className="text-sm text-gray-600">
          {view.bytes.toLocaleString("en-US")} bytes that are not UTF-8 text: download the raw body to inspect them.
        </p>
      );
    case "text":
      return <pre className={pre}>{view.text}</pre>;
    case "json":
      return (
        <pre className={pre} aria-label="JSON body, formatted">
          {view.pretty}
        </pre>
      );
    case "form":
      return (
        <DataTable caption="URL-encoded body as fields">
          <thead>
            <tr>
              <Th>Field</Th>
              <Th>Value</Th>
            </tr>
          </thead>
          <tbody>
            {view.pairs.map(([key, value], index) => (
              <tr key={`${key}-${index}`}>
                <Td className="font-mono text-xs whitespace-nowrap">{key}</Td>
                <Td className="font-mono text-xs break-all">{value}</Td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      );
  }
}

function auditOutcome(details: unknown): string {
  if (!details || typeof details !== "object") return "";
  const { outcome, reason } = details as { outcome?: unknown; reason?: unknown };
  return [typeof outcome === "string" ? outcome : null, typeof reason === "string" ? reason : null]
    .filter(Boolean)
    .join(": ");
}
