// The application's disputes, and the money returned after approval (refund events and refund funding records).
import Link from "next/link";

import { Badge } from "@/components/badge";
import { DateTime } from "@/components/date-time";
import { DetailCard } from "@/components/detail-card";
import type { ApplicationDetail } from "@/lib/applications/get-application";
import { disputeStatusLabels } from "@/lib/disputes/dispute-labels";
import { formatMoney } from "@/lib/format/format-money";

import { Entries } from "./values";

export function Disputes({ application: a }: { application: ApplicationDetail }) {
  return (
    <DetailCard title="Disputes">
      <Entries items={a.disputes} empty="No disputes." keyOf={(dispute) => dispute.id}>
        {(dispute) => (
          <>
            <Link href={`/disputes/${dispute.id}`} className="link">
              Dispute <span className="font-mono text-xs">{dispute.externalId}</span>
            </Link>{" "}
            <Badge tone={dispute.status === "RESOLVED" ? "neutral" : "warning"}>
              {disputeStatusLabels[dispute.status].label}
            </Badge>
            <span className="block text-xs text-gray-600">
              Opened <DateTime value={dispute.openedAt} />
              {dispute.lenderDisputeId && `, lender's reference ${dispute.lenderDisputeId}`}
            </span>
          </>
        )}
      </Entries>
    </DetailCard>
  );
}

export function Refunds({ application: a }: { application: ApplicationDetail }) {
  return (
    <DetailCard title="Refunds" note={`Refunded in total: ${formatMoney(a.refundedAmount, a.currency)}`}>
      <Entries items={a.refunds} empty="No refunds." keyOf={(refund) => refund.key}>
        {(refund) => (
          <>
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
                  <Link href={`/deliveries/${refund.deliveryId}`} className="link">
                    Delivery …{refund.deliveryId.slice(-8)}
                  </Link>
                </>
              )}
            </span>
          </>
        )}
      </Entries>
    </DetailCard>
  );
}
