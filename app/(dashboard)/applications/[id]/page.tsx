// One application: our status and amounts, each lender's outcome, the event timeline
// (each event linked to the delivery that carried it), linked orders, carts, disputes,
// funding records and refunds, and ChargeAfter's own view ("Refresh from ChargeAfter").
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ApplicationStatusBadge } from "@/app/(dashboard)/applications/application-badges";
import { Badge } from "@/components/badge";
import { CopyButton } from "@/components/copy-button";
import { DataTable, Td, Th } from "@/components/data-table";
import { DateTime } from "@/components/date-time";
import { DetailCard, DetailRow } from "@/components/detail-card";
import { PageHeader } from "@/components/page-header";
import { applicationStatusLabels, customerName } from "@/lib/applications/application-labels";
import { getApplication, type ApplicationDetail } from "@/lib/applications/get-application";
import { isStatusCheckConfigured, STATUS_CHECK_NOT_CONFIGURED } from "@/lib/applications/refresh-application-status";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { providerLabels } from "@/lib/deliveries/delivery-labels";
import { appTimeZone } from "@/lib/format/format-date-time";
import { formatMoney } from "@/lib/format/format-money";
import {
  isKnownApplicationStatus,
  parseApplicationStatusResponse,
  type ApplicationStatusResponse,
} from "@/lib/providers/chargeafter/application-status-client";

import { Orders, PendingCarts } from "./orders-section";
import { RefreshButton } from "./refresh-button";

export const metadata: Metadata = { title: "Application" };

const linkClass = "font-medium text-accent-700 underline-offset-2 hover:underline";
const none = <span className="text-gray-500">—</span>;

export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("viewOperations");
  const { id } = await params;
  const application = await getApplication(id);
  if (!application) notFound();
  const name = customerName(application);

  return (
    <>
      <PageHeader
        title={
          <>
            Application{" "}
            <span className="font-mono text-base font-medium break-all text-gray-700">{application.externalId}</span>
          </>
        }
        back={{ href: "/applications", label: "Applications" }}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            {providerLabels[application.provider]}
            <ApplicationStatusBadge value={application.status} />
            <span>
              {name ? `${name}, ` : ""}last event <DateTime value={application.lastEventAt} />
            </span>
          </span>
        }
      />

      <div className="grid gap-4 lg:grid-cols-2">
        <DetailCard title="Summary">
          <Summary application={application} />
        </DetailCard>
        <DetailCard title="Customer and ids">
          <CustomerAndIds application={application} />
        </DetailCard>
      </div>

      <DetailCard
        title="Lenders"
        className="mt-4"
        note="Each lender's latest outcome; the application's status is the best one still in play."
      >
        <Lenders application={application} />
      </DetailCard>

      <DetailCard title="Timeline" className="mt-4" note={`Oldest first. Times in ${appTimeZone()}.`}>
        <Timeline application={application} />
      </DetailCard>

      {application.provider === "CHARGEAFTER" && (
        <DetailCard
          title="ChargeAfter's view"
          className="mt-4"
          note="What ChargeAfter's API says now. It never changes our status: only webhooks do."
          actions={isStatusCheckConfigured() ? <RefreshButton id={application.id} /> : <NotConfigured />}
        >
          <ProviderView application={application} />
        </DetailCard>
      )}

      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        <DetailCard title="Orders">
          <Orders application={application} canDecide={can(user.role, "decideOrderHold")} />
        </DetailCard>
        <DetailCard title="Pending carts">
          <PendingCarts application={application} />
        </DetailCard>
        <DetailCard title="Disputes">
          <Disputes application={application} />
        </DetailCard>
        <DetailCard
          title="Refunds"
          note={`Refunded in total: ${formatMoney(application.refundedAmount, application.currency)}`}
        >
          <Refunds application={application} />
        </DetailCard>
      </div>

      <DetailCard
        title="Funding records"
        className="mt-4"
        note="Records of ChargeAfter's funding report matched to this application."
      >
        <FundingRecords application={application} />
      </DetailCard>
    </>
  );
}

function Mono({ value, copy = false }: { value: string | null; copy?: boolean }) {
  if (!value) return none;
  return (
    <span className="flex flex-wrap items-center gap-2">
      <code className="font-mono text-xs break-all">{value}</code>
      {copy && <CopyButton text={value} label="Copy" />}
    </span>
  );
}

function Summary({ application: a }: { application: ApplicationDetail }) {
  return (
    <dl>
      <DetailRow wide label="Status">
        <span className="flex flex-wrap items-center gap-2">
          <ApplicationStatusBadge value={a.status} />
          <span className="text-xs text-gray-600">{applicationStatusLabels[a.status].description}</span>
        </span>
      </DetailRow>
      <DetailRow wide label="Provider">
        {providerLabels[a.provider]}
      </DetailRow>
      <DetailRow wide label="Lender">
        {a.lenderName ?? a.lenderId ?? none}
      </DetailRow>
      <DetailRow wide label="Requested">
        {formatMoney(a.requestedAmount, a.currency)}
      </DetailRow>
      <DetailRow wide label="Approved">
        {formatMoney(a.approvedAmount, a.currency)}
      </DetailRow>
      <DetailRow wide label="Refunded">
        {formatMoney(a.refundedAmount, a.currency)}
      </DetailRow>
      <DetailRow wide label="First received">
        <DateTime value={a.createdAt} />
      </DetailRow>
      <DetailRow wide label="Last event">
        <DateTime value={a.lastEventAt} />
      </DetailRow>
    </dl>
  );
}

function CustomerAndIds({ application: a }: { application: ApplicationDetail }) {
  return (
    <dl>
      <DetailRow wide label="Customer">
        {customerName(a) ?? none}
      </DetailRow>
      <DetailRow wide label="Email">
        {a.customerEmail ? <span className="break-all">{a.customerEmail}</span> : none}
      </DetailRow>
      <DetailRow wide label="Phone">
        {a.customerPhone ?? none}
      </DetailRow>
      <DetailRow wide label={a.provider === "WEGETFINANCING" ? "Request token" : "Application id"}>
        <Mono value={a.externalId} copy />
      </DetailRow>
      <DetailRow wide label="Merchant txn id">
        <Mono value={a.merchantTransactionId} />
      </DetailRow>
      <DetailRow wide label="Merchant order id">
        <Mono value={a.merchantOrderId} />
      </DetailRow>
      {a.provider === "CHARGEAFTER" && (
        <>
          <DetailRow wide label="Account id">
            <Mono value={a.accountId} />
          </DetailRow>
          <DetailRow wide label="Account token">
            <Mono value={a.accountToken} />
          </DetailRow>
          <DetailRow wide label="Confirmation token">
            <Mono value={a.confirmationToken} />
          </DetailRow>
          <DetailRow wide label="Consumer id">
            <Mono value={a.consumerId} />
          </DetailRow>
          <DetailRow wide label="Link id">
            <Mono value={a.linkId} />
          </DetailRow>
        </>
      )}
      <DetailRow wide label="Our id">
        <Mono value={a.id} />
      </DetailRow>
    </dl>
  );
}

function Lenders({ application: a }: { application: ApplicationDetail }) {
  if (!a.lenders.length) return <p className="text-sm text-gray-600">No lender has answered yet.</p>;
  return (
    <DataTable caption="Each lender's latest outcome: lender, status, amount, reason and when">
      <thead>
        <tr>
          <Th>Lender</Th>
          <Th>Status</Th>
          <Th className="text-right">Amount</Th>
          <Th>Reason</Th>
          <Th>When</Th>
        </tr>
      </thead>
      <tbody>
        {a.lenders.map((lender) => (
          <tr key={lender.lenderId}>
            <Td className="whitespace-nowrap">
              {lender.lenderName ?? (lender.lenderId === "-" ? providerLabels[a.provider] : lender.lenderId)}
              {lender.lenderName && (
                <span className="block font-mono text-[0.6875rem] text-gray-600">{lender.lenderId}</span>
              )}
            </Td>
            <Td>
              <ApplicationStatusBadge value={lender.status} />
            </Td>
            <Td className="text-right whitespace-nowrap">{formatMoney(lender.amount, a.currency)}</Td>
            <Td className="text-xs">{lender.reason ?? none}</Td>
            <Td>
              <DateTime value={lender.occurredAt} />
            </Td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function Timeline({ application: a }: { application: ApplicationDetail }) {
  if (!a.events.length) return <p className="text-sm text-gray-600">No events yet.</p>;
  const more = a._count.events - a.events.length;
  return (
    <>
      <DataTable caption="Events of this application, oldest first: when, event, status it asserts, lender, amount, reason and the delivery that carried it">
        <thead>
          <tr>
            <Th>When</Th>
            <Th>Event</Th>
            <Th>Status</Th>
            <Th>Lender</Th>
            <Th className="text-right">Amount</Th>
            <Th>Reason</Th>
            <Th>Delivery</Th>
          </tr>
        </thead>
        <tbody>
          {a.events.map((event) => (
            <tr key={event.id}>
              <Td>
                <DateTime value={event.occurredAt} />
              </Td>
              <Td className="font-mono text-xs">{event.type}</Td>
              <Td>{event.status ? <ApplicationStatusBadge value={event.status} /> : none}</Td>
              <Td className="font-mono text-xs">{event.lenderId ?? none}</Td>
              <Td className="text-right whitespace-nowrap">
                {event.amount ? formatMoney(event.amount, a.currency) : none}
              </Td>
              <Td className="text-xs">{event.reason ?? none}</Td>
              <Td className="whitespace-nowrap">
                {event.delivery ? (
                  <Link
                    href={`/deliveries/${event.delivery.id}`}
                    className={`${linkClass} text-xs`}
                    title={`Delivery ${event.delivery.id}`}
                  >
                    Delivery …{event.delivery.id.slice(-8)}
                  </Link>
                ) : (
                  <span className="text-xs text-gray-500">none recorded</span>
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {more > 0 && (
        <p className="mt-2 text-xs text-gray-600">
          The first {a.events.length} events are shown; {more} more are not.
        </p>
      )}
    </>
  );
}

function NotConfigured() {
  return (
    <p className="rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-950 ring-1 ring-amber-200 ring-inset">
      {STATUS_CHECK_NOT_CONFIGURED}
    </p>
  );
}

type CheckView = ApplicationDetail["statusChecks"][number] & {
  parsed: ApplicationStatusResponse | null;
  error: string | null;
};

function readCheck(check: ApplicationDetail["statusChecks"][number]): CheckView {
  const response = check.response as { error?: { message?: unknown } } | null;
  if (response && typeof response === "object" && "error" in response && response.error) {
    return {
      ...check,
      parsed: null,
      error: typeof response.error.message === "string" ? response.error.message : "The check failed.",
    };
  }
  const parsed = parseApplicationStatusResponse(check.response);
  return {
    ...check,
    parsed: parsed.ok ? parsed.value : null,
    error: parsed.ok ? null : "The stored answer could not be read.",
  };
}

function ProviderView({ application: a }: { application: ApplicationDetail }) {
  const checks = a.statusChecks.map(readCheck);
  const latest = checks.find((check) => check.parsed);
  return (
    <>
      {latest?.parsed ? (
        <LatestCheck check={latest} status={latest.parsed} ours={a.status} currency={a.currency} />
      ) : (
        <p className="text-sm text-gray-600">Nobody has asked ChargeAfter about this application yet.</p>
      )}
      {checks.length > 0 && (
        <div className="mt-4">
          <h3 className="mb-2 text-xs font-semibold tracking-wide text-gray-600 uppercase">History of checks</h3>
          <DataTable caption="Checks with ChargeAfter, newest first: when, who, and what ChargeAfter said">
            <thead>
              <tr>
                <Th>When</Th>
                <Th>Who</Th>
                <Th>ChargeAfter said</Th>
              </tr>
            </thead>
            <tbody>
              {checks.map((check) => (
                <tr key={check.id}>
                  <Td>
                    <DateTime value={check.checkedAt} />
                  </Td>
                  <Td className="whitespace-nowrap">{check.checkedByEmail}</Td>
                  <Td className="text-xs">
                    {check.error ? (
                      <span className="text-red-800">{check.error}</span>
                    ) : (
                      (check.applicationStatus ?? "no status")
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          {a._count.statusChecks > checks.length && (
            <p className="mt-2 text-xs text-gray-600">
              The latest {checks.length} of {a._count.statusChecks} checks are shown.
            </p>
          )}
        </div>
      )}
    </>
  );
}

function LatestCheck({
  check,
  status,
  ours,
  currency,
}: {
  check: CheckView;
  status: ApplicationStatusResponse;
  ours: ApplicationDetail["status"];
  currency: string;
}) {
  const offer = status.confirmedOffer;
  const promo = offer?.promoSettings;
  const credit = status.account?.creditInfo;
  const apr = (value: string | null | undefined) => (value ? `${value} %` : none);
  return (
    <>
      <p className="mb-3 text-xs text-gray-600">
        As of <DateTime value={check.checkedAt} />, asked by {check.checkedByEmail}.
      </p>
      <div className="grid gap-4 md:grid-cols-3">
        <dl>
          <DetailRow wide label="Status at ChargeAfter">
            <span className="flex flex-wrap items-center gap-2">
              <Badge tone={isKnownApplicationStatus(status.applicationStatus) ? "accent" : "warning"}>
                {status.applicationStatus ?? "none"}
              </Badge>
              <span className="text-xs text-gray-600">ours: {applicationStatusLabels[ours].label}</span>
            </span>
          </DetailRow>
          {status.sessionStatus && (
            <DetailRow wide label="Session status">
              {status.sessionStatus}
            </DetailRow>
          )}
          <DetailRow wide label="Confirmation token">
            <Mono value={status.confirmationToken} />
          </DetailRow>
          <DetailRow wide label="Account token">
            <Mono value={status.accountToken} />
          </DetailRow>
          <DetailRow wide label="Consumer id">
            <Mono value={status.consumerId} />
          </DetailRow>
          <DetailRow wide label="Link id">
            <Mono value={status.linkId} />
          </DetailRow>
        </dl>
        <dl>
          <DetailRow wide label="Lender">
            {status.account?.lenderName ?? none}
          </DetailRow>
          <DetailRow wide label="Lender id">
            <Mono value={status.account?.lenderId ?? null} />
          </DetailRow>
          <DetailRow wide label="Credit limit">
            {credit?.maxAmount ? formatMoney(credit.maxAmount, currency) : none}
          </DetailRow>
          <DetailRow wide label="Available credit">
            {credit?.availableCredit ? formatMoney(credit.availableCredit, currency) : none}
          </DetailRow>
        </dl>
        <dl>
          <DetailRow wide label="Confirmed offer">
            {offer?.code ?? none}
          </DetailRow>
          <DetailRow wide label="Product">
            {offer?.financialProductType ?? none}
          </DetailRow>
          <DetailRow wide label="Offer amount">
            {offer?.amount ? formatMoney(offer.amount, currency) : none}
          </DetailRow>
          <DetailRow wide label="Default APR">
            {apr(offer?.defaultApr)}
          </DetailRow>
          <DetailRow wide label="Promotion">
            {promo ? (
              <span>
                {promo.numberOfPeriods ?? "?"} ×{" "}
                {promo.periodicPayment ? formatMoney(promo.periodicPayment, currency) : "?"}
                {promo.periodType ? ` per ${promo.periodType.toLowerCase()}` : ""}, APR{" "}
                {promo.apr ? `${promo.apr} %` : "?"}
              </span>
            ) : (
              none
            )}
          </DetailRow>
        </dl>
      </div>
    </>
  );
}

const disputeLabels = { OPEN: "Open", LENDER_UPDATED: "Lender updated", RESOLVED: "Resolved" } as const;

function Disputes({ application: a }: { application: ApplicationDetail }) {
  if (!a.disputes.length) return <p className="text-sm text-gray-600">No disputes.</p>;
  return (
    <ul className="space-y-2">
      {a.disputes.map((dispute) => (
        <li key={dispute.id} className="text-sm">
          <Link href={`/disputes/${dispute.id}`} className={linkClass}>
            Dispute <span className="font-mono text-xs">{dispute.externalId}</span>
          </Link>{" "}
          <Badge tone={dispute.status === "RESOLVED" ? "neutral" : "warning"}>{disputeLabels[dispute.status]}</Badge>
          <span className="block text-xs text-gray-600">
            Opened <DateTime value={dispute.openedAt} />
            {dispute.lenderDisputeId && `, lender's reference ${dispute.lenderDisputeId}`}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Refunds({ application: a }: { application: ApplicationDetail }) {
  if (!a.refunds.length) return <p className="text-sm text-gray-600">No refunds.</p>;
  return (
    <ul className="space-y-2">
      {a.refunds.map((refund) => (
        <li key={refund.key} className="text-sm">
          <span className="font-medium">
            {refund.amount ? formatMoney(refund.amount, a.currency) : "Amount not given"}
          </span>{" "}
          <span className="font-mono text-xs text-gray-700">{refund.label}</span>
          <span className="block text-xs text-gray-600">
            <DateTime value={refund.at} />
            {refund.deliveryId && (
              <>
                {" "}
                ·{" "}
                <Link href={`/deliveries/${refund.deliveryId}`} className={linkClass}>
                  Delivery …{refund.deliveryId.slice(-8)}
                </Link>
              </>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

function FundingRecords({ application: a }: { application: ApplicationDetail }) {
  if (!a.fundingRecords.length)
    return <p className="text-sm text-gray-600">No funding record is matched to this application (yet).</p>;
  return (
    <>
      <DataTable caption="Funding records matched to this application: transaction, type, date, amount, net, funded and status">
        <thead>
          <tr>
            <Th>Transaction</Th>
            <Th>Type</Th>
            <Th>Date</Th>
            <Th className="text-right">Amount</Th>
            <Th className="text-right">Net</Th>
            <Th>Funded</Th>
            <Th>Status</Th>
          </tr>
        </thead>
        <tbody>
          {a.fundingRecords.map((record) => (
            <tr key={record.transactionId}>
              <Td className="font-mono text-xs">
                {record.transactionId}
                <span className="block text-gray-600">{record.chargeId}</span>
              </Td>
              <Td>{record.transactionType}</Td>
              <Td>
                <DateTime value={record.transactionDate} />
              </Td>
              <Td className="text-right whitespace-nowrap">{formatMoney(record.transactionAmount, a.currency)}</Td>
              <Td className="text-right whitespace-nowrap">{formatMoney(record.netAmount, a.currency)}</Td>
              <Td>
                <DateTime value={record.fundedAt} fallback="Not yet" />
              </Td>
              <Td className="font-mono text-xs">{record.status}</Td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {a._count.fundingRecords > a.fundingRecords.length && (
        <p className="mt-2 text-xs text-gray-600">
          The first {a.fundingRecords.length} of {a._count.fundingRecords} records are shown.
        </p>
      )}
    </>
  );
}
