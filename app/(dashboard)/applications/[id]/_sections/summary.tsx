// The application's summary (status, lender, amounts, when) and who it is for with every id it is known by.
import { ApplicationStatusBadge } from "@/app/(dashboard)/applications/application-badges";
import { DateTime } from "@/components/date-time";
import { DetailCard } from "@/components/detail-card";
import { applicationStatusLabels, customerName } from "@/lib/applications/application-labels";
import type { ApplicationDetail } from "@/lib/applications/get-application";
import { providerLabels } from "@/lib/deliveries/delivery-labels";
import { formatMoney } from "@/lib/format/format-money";

import { idRows, Mono, Rows } from "./values";

export function Summary({ application: a }: { application: ApplicationDetail }) {
  const status = (
    <span className="flex flex-wrap items-center gap-2">
      <ApplicationStatusBadge value={a.status} />
      <span className="text-xs text-gray-600">{applicationStatusLabels[a.status].description}</span>
    </span>
  );
  return (
    <DetailCard title="Summary">
      <dl>
        <Rows
          rows={[
            ["Status", status],
            ["Provider", providerLabels[a.provider]],
            ["Lender", a.lenderName ?? a.lenderId],
            ["Requested", formatMoney(a.requestedAmount, a.currency)],
            ["Approved", formatMoney(a.approvedAmount, a.currency)],
            ["Refunded", formatMoney(a.refundedAmount, a.currency)],
            ["First received", <DateTime key="first" value={a.createdAt} />],
            ["Last event", <DateTime key="last" value={a.lastEventAt} />],
          ]}
        />
      </dl>
    </DetailCard>
  );
}

export function CustomerAndIds({ application: a }: { application: ApplicationDetail }) {
  const chargeAfterIds: [string, string | null][] =
    a.provider === "CHARGEAFTER"
      ? [
          ["Account id", a.accountId],
          ["Account token", a.accountToken],
          ["Confirmation token", a.confirmationToken],
          ["Consumer id", a.consumerId],
          ["Link id", a.linkId],
        ]
      : [];
  return (
    <DetailCard title="Customer and ids">
      <dl>
        <Rows
          rows={[
            ["Customer", customerName(a)],
            ["Email", a.customerEmail ? <span className="break-all">{a.customerEmail}</span> : null],
            ["Phone", a.customerPhone],
            [
              a.provider === "WEGETFINANCING" ? "Request token" : "Application id",
              <Mono key="external" value={a.externalId} copy />,
            ],
            ...idRows([
              ["Merchant txn id", a.merchantTransactionId],
              ["Merchant order id", a.merchantOrderId],
              ...chargeAfterIds,
              ["Our id", a.id],
            ]),
          ]}
        />
      </dl>
    </DetailCard>
  );
}
