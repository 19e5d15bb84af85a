// One application: our status and amounts, each lender's outcome, the event timeline
// (each event linked to the delivery that carried it), linked orders, carts, disputes,
// funding records and refunds, and ChargeAfter's own view ("Refresh from ChargeAfter").
// Each card, or its content, is a section in _sections/.
import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ApplicationStatusBadge } from "@/app/(dashboard)/applications/application-badges";
import { DateTime } from "@/components/date-time";
import { DetailCard, DetailGrid, DetailSections, DetailTitle } from "@/components/detail-card";
import { PageHeader } from "@/components/page-header";
import { customerName } from "@/lib/applications/application-labels";
import { getApplication } from "@/lib/applications/get-application";
import { isStatusCheckConfigured } from "@/lib/applications/refresh-application-status";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { providerLabels } from "@/lib/deliveries/delivery-labels";
import { appTimeZone } from "@/lib/format/format-date-time";

import { Disputes, Refunds } from "./_sections/disputes-and-refunds";
import { FundingRecords } from "./_sections/funding-records";
import { Lenders } from "./_sections/lenders";
import { Orders, PendingCarts } from "./_sections/orders";
import { NotConfigured, ProviderView } from "./_sections/provider-view";
import { CustomerAndIds, Summary } from "./_sections/summary";
import { Timeline } from "./_sections/timeline";
import { EraseCustomerButton } from "./erase-customer-button";
import { RefreshButton } from "./refresh-button";

export const metadata: Metadata = { title: "Application" };

export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("viewOperations");
  const { id } = await params;
  const application = await getApplication(id);
  if (!application) notFound();
  const name = customerName(application);

  return (
    <>
      <PageHeader
        title={<DetailTitle kind="Application" id={application.externalId} />}
        back={{ href: "/applications", label: "Applications" }}
        actions={
          can(user.role, "eraseCustomer") && (name || application.customerEmail) ? (
            <EraseCustomerButton applicationId={application.id} customer={name ?? application.customerEmail} />
          ) : undefined
        }
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

      <DetailSections>
        <DetailGrid>
          <Summary application={application} />
          <CustomerAndIds application={application} />
        </DetailGrid>

        <Lenders application={application} />

        <DetailCard title="Timeline" note={`Oldest first. Times in ${appTimeZone()}.`}>
          <Timeline application={application} />
        </DetailCard>

        {application.provider === "CHARGEAFTER" && (
          <DetailCard
            title="ChargeAfter's view"
            note="What ChargeAfter's API says now. It never changes our status: only webhooks do."
            actions={isStatusCheckConfigured() ? <RefreshButton id={application.id} /> : <NotConfigured />}
          >
            <ProviderView application={application} />
          </DetailCard>
        )}

        <DetailGrid>
          <Orders application={application} canDecide={can(user.role, "decideOrderHold")} />
          <PendingCarts application={application} />
          <Disputes application={application} />
          <Refunds application={application} />
        </DetailGrid>

        <FundingRecords application={application} />
      </DetailSections>
    </>
  );
}
