// The latest answer ChargeAfter gave about the application, beside our own status.
import { Badge } from "@/components/badge";
import { DateTime } from "@/components/date-time";
import { applicationStatusLabels } from "@/lib/applications/application-labels";
import type { LatestStatusCheck } from "@/lib/applications/describe-status-check";
import type { ApplicationDetail } from "@/lib/applications/get-application";
import { formatMoney } from "@/lib/format/format-money";

import { idRows, Rows, type Row } from "./values";

type Props = { check: LatestStatusCheck; ours: ApplicationDetail["status"]; currency: string };

export function LatestCheck({ check, ours, currency }: Props) {
  const { offer } = check;
  const promo = offer.promotion;
  const money = (value: LatestStatusCheck["creditLimit"]) => value && formatMoney(value, currency);
  const status = (
    <span className="flex flex-wrap items-center gap-2">
      <Badge tone={check.isKnownStatus ? "accent" : "warning"}>{check.applicationStatus ?? "none"}</Badge>
      <span className="text-xs text-gray-600">ours: {applicationStatusLabels[ours].label}</span>
    </span>
  );
  const promotion = promo && (
    <span>
      {promo.numberOfPeriods ?? "?"} × {promo.periodicPayment ? formatMoney(promo.periodicPayment, currency) : "?"}
      {promo.periodType ? ` per ${promo.periodType.toLowerCase()}` : ""}, APR {promo.apr ? `${promo.apr} %` : "?"}
    </span>
  );
  return (
    <>
      <p className="mb-3 text-xs text-gray-600">
        As of <DateTime value={check.checkedAt} />, asked by {check.checkedByEmail}.
      </p>
      <div className="grid gap-4 md:grid-cols-3">
        <dl>
          <Rows
            rows={[
              ["Status at ChargeAfter", status],
              // Deprecated by ChargeAfter: a row only when it was sent.
              ...(check.sessionStatus ? [["Session status", check.sessionStatus] as Row] : []),
              ...idRows([
                ["Confirmation token", check.confirmationToken],
                ["Account token", check.accountToken],
                ["Consumer id", check.consumerId],
                ["Link id", check.linkId],
              ]),
            ]}
          />
        </dl>
        <dl>
          <Rows
            rows={[
              ["Lender", check.lenderName],
              ...idRows([["Lender id", check.lenderId]]),
              ["Credit limit", money(check.creditLimit)],
              ["Available credit", money(check.availableCredit)],
            ]}
          />
        </dl>
        <dl>
          <Rows
            rows={[
              ["Confirmed offer", offer.code],
              ["Product", offer.financialProductType],
              ["Offer amount", money(offer.amount)],
              ["Default APR", offer.defaultApr ? `${offer.defaultApr} %` : null],
              ["Promotion", promotion],
            ]}
          />
        </dl>
      </div>
    </>
  );
}
