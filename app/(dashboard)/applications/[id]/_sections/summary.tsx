// The application's summary (status, lender, amounts, when) and who it is for with every id it is known by.
import type { ReactNode } from "react";

import { ApplicationStatusBadge } from "@/app/(dashboard)/applications/application-badges";
import { DateTime } from "@/components/date-time";
import { DetailCard } from "@/components/detail-card";
import { applicationStatusLabels } from "@/lib/applications/application-labels";
import type { ApplicationDetail } from "@/lib/applications/get-application";
import { describeCustomer } from "@/lib/customers/describe-customer";
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
  const customer = describeCustomer(a);
  return (
    <DetailCard title="Customer and ids">
      <dl>
        <Rows
          rows={[
            ["Customer", customer.name && <Sourced key="name" value={customer.name} source={customer.sources.name} />],
            [
              "Email",
              customer.email && (
                <Sourced
                  key="email"
                  value={<span className="break-all">{customer.email}</span>}
                  source={customer.sources.email}
                />
              ),
            ],
            ["Phone", customer.phone && <Sourced key="phone" value={customer.phone} source={customer.sources.phone} />],
            [
              a.provider === "WEGETFINANCING" ? "Request token" : "Application id",
              <Mono key="external" value={a.externalId} copy />,
            ],
            ...idRows([
              ["Merchant txn id", a.merchantTransactionId],
              ["Merchant order id", a.merchantOrderId],
              ["Charge id", a.chargeId],
              ...chargeAfterIds,
              ["Our id", a.id],
            ]),
          ]}
        />
      </dl>
    </DetailCard>
  );
}

/** A customer fact and, beside it, where it came from. */
function Sourced({ value, source }: { value: ReactNode; source?: string }) {
  return (
    <span>
      {value}
      <span className="block text-xs text-gray-600">{source ? `from the ${source}` : "source not recorded"}</span>
    </span>
  );
}
