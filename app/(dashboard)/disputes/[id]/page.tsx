// One dispute: where it stands, the application and order behind it, what to act on
// (amount, reason, deadline, outcome: provider's or staff's), and its lifecycle
// timeline, each event linked to the delivery that brought it. The cards' content beyond
// the dispute's own facts is in _sections/.
import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { DisputeStatusBadge } from "@/app/(dashboard)/disputes/dispute-badges";
import { DateTime } from "@/components/date-time";
import { DetailCard, DetailGrid, DetailId, DetailRow, DetailSections, DetailTitle } from "@/components/detail-card";
import { PageHeader } from "@/components/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { providerLabels } from "@/lib/deliveries/delivery-labels";
import { disputeAgeDays } from "@/lib/disputes/dispute-labels";
import { getDispute } from "@/lib/disputes/get-dispute";
import { appTimeZone } from "@/lib/format/format-date-time";

import { ApplicationAndOrder } from "./_sections/application-and-order";
import { Timeline } from "./_sections/timeline";
import { WhatToActOn } from "./_sections/what-to-act-on";

export const metadata: Metadata = { title: "Dispute" };

export default async function DisputePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("viewOperations");
  const { id } = await params;
  const dispute = await getDispute(id);
  if (!dispute) notFound();
  const now = new Date();

  return (
    <>
      <PageHeader
        title={<DetailTitle kind="Dispute" id={dispute.externalId} />}
        back={{ href: "/disputes", label: "Disputes" }}
        description={
          <>
            {providerLabels[dispute.provider]}, opened <DateTime value={dispute.openedAt} />
          </>
        }
        actions={<DisputeStatusBadge value={dispute.status} />}
      />

      <DetailSections>
        <DetailGrid>
          <DetailCard title="Dispute">
            <dl>
              <DetailRow label="Status">
                <DisputeStatusBadge value={dispute.status} />
              </DetailRow>
              <DetailRow label="Lender">
                {dispute.lenderName ?? dispute.lenderId ?? <span className="text-gray-500">Unknown</span>}
                {dispute.lenderName && dispute.lenderId && (
                  <span className="ml-2 font-mono text-xs text-gray-600">{dispute.lenderId}</span>
                )}
              </DetailRow>
              <DetailRow label="Lender's id">
                <DetailId value={dispute.lenderDisputeId} />
              </DetailRow>
              <DetailRow label="Opened">
                <DateTime value={dispute.openedAt} />
              </DetailRow>
              <DetailRow label="Last event">
                <DateTime value={dispute.lastEventAt} />
              </DetailRow>
              <DetailRow label="Resolved">
                <DateTime value={dispute.resolvedAt} fallback="Not yet" />
              </DetailRow>
              <DetailRow label="Age">
                {disputeAgeDays(dispute.openedAt, dispute.resolvedAt, now)} days{" "}
                {dispute.resolvedAt ? "until resolved" : "open"}
              </DetailRow>
              <DetailRow label="Our id">
                <code className="font-mono text-xs break-all">{dispute.id}</code>
              </DetailRow>
            </dl>
          </DetailCard>
          <DetailCard title="Application and order">
            <ApplicationAndOrder dispute={dispute} />
          </DetailCard>
        </DetailGrid>

        <WhatToActOn dispute={dispute} canEdit={can(user.role, "editDispute")} now={now} />

        <DetailCard title="Timeline" note={`Oldest first, by when each event happened. Times in ${appTimeZone()}.`}>
          <Timeline dispute={dispute} />
        </DetailCard>
      </DetailSections>
    </>
  );
}
