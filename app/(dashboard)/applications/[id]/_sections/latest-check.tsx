// The latest answer ChargeAfter gave about the application, beside our own status.
import { Badge } from "@/components/badge";
import { DateTime } from "@/components/date-time";
import { DetailRow } from "@/components/detail-card";
import { applicationStatusLabels } from "@/lib/applications/application-labels";
import type { LatestStatusCheck } from "@/lib/applications/describe-status-check";
import type { ApplicationDetail } from "@/lib/applications/get-application";
import { formatMoney } from "@/lib/format/format-money";

import { Mono, none } from "./values";

type Props = { check: LatestStatusCheck; ours: ApplicationDetail["status"]; currency: string };

export function LatestCheck({ check, ours, currency }: Props) {
  const { offer } = check;
  const promo = offer.promotion;
  const money = (value: LatestStatusCheck["creditLimit"]) => (value ? formatMoney(value, currency) : none);
  return (
    <>
      <p className="mb-3 text-xs text-gray-600">
        As of <DateTime value={check.checkedAt} />, asked by {check.checkedByEmail}.
      </p>
      <div className="grid gap-4 md:grid-cols-3">
        <dl>
          <DetailRow wide label="Status at ChargeAfter">
            <span className="flex flex-wrap items-center gap-2">
              <Badge tone={check.isKnownStatus ? "accent" : "warning"}>{check.applicationStatus ?? "none"}</Badge>
              <span className="text-xs text-gray-600">ours: {applicationStatusLabels[ours].label}</span>
            </span>
          </DetailRow>
          {check.sessionStatus && (
            <DetailRow wide label="Session status">
              {check.sessionStatus}
            </DetailRow>
          )}
          <DetailRow wide label="Confirmation token">
            <Mono value={check.confirmationToken} />
          </DetailRow>
          <DetailRow wide label="Account token">
            <Mono value={check.accountToken} />
          </DetailRow>
          <DetailRow wide label="Consumer id">
            <Mono value={check.consumerId} />
          </DetailRow>
          <DetailRow wide label="Link id">
            <Mono value={check.linkId} />
          </DetailRow>
        </dl>
        <dl>
          <DetailRow wide label="Lender">
            {check.lenderName ?? none}
          </DetailRow>
          <DetailRow wide label="Lender id">
            <Mono value={check.lenderId} />
          </DetailRow>
          <DetailRow wide label="Credit limit">
            {money(check.creditLimit)}
          </DetailRow>
          <DetailRow wide label="Available credit">
            {money(check.availableCredit)}
          </DetailRow>
        </dl>
        <dl>
          <DetailRow wide label="Confirmed offer">
            {offer.code ?? none}
          </DetailRow>
          <DetailRow wide label="Product">
            {offer.financialProductType ?? none}
          </DetailRow>
          <DetailRow wide label="Offer amount">
            {money(offer.amount)}
          </DetailRow>
          <DetailRow wide label="Default APR">
            {offer.defaultApr ? `${offer.defaultApr} %` : none}
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
