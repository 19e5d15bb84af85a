// The application's summary (status, lender, amounts, when) and who it is for with every id it is known by.
import { ApplicationStatusBadge } from "@/app/(dashboard)/applications/application-badges";
import { DateTime } from "@/components/date-time";
import { DetailRow } from "@/components/detail-card";
import { applicationStatusLabels, customerName } from "@/lib/applications/application-labels";
import type { ApplicationDetail } from "@/lib/applications/get-application";
import { providerLabels } from "@/lib/deliveries/delivery-labels";
import { formatMoney } from "@/lib/format/format-money";

import { Mono, none } from "./values";

export function Summary({ application: a }: { application: ApplicationDetail }) {
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

type IdRow = [label: string, value: string | null];

export function CustomerAndIds({ application: a }: { application: ApplicationDetail }) {
  const chargeAfterIds: IdRow[] =
    a.provider === "CHARGEAFTER"
      ? [
          ["Account id", a.accountId],
          ["Account token", a.accountToken],
          ["Confirmation token", a.confirmationToken],
          ["Consumer id", a.consumerId],
          ["Link id", a.linkId],
        ]
      : [];
  const ids: IdRow[] = [
    ["Merchant txn id", a.merchantTransactionId],
    ["Merchant order id", a.merchantOrderId],
    ...chargeAfterIds,
    ["Our id", a.id],
  ];
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
      {ids.map(([label, value]) => (
        <DetailRow key={label} wide label={label}>
          <Mono value={value} />
        </DetailRow>
      ))}
    </dl>
  );
}
