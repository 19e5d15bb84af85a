// One financing request: the customer's link (copied or not), its state in words (the same
// derivation as the list and the order list), its totals, its order and application, and
// the application's timeline. Each card is a section in _sections/.
import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { AutoRefresh } from "@/components/auto-refresh";
import { DetailGrid, DetailSections, DetailTitle } from "@/components/detail-card";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getFinancingRequest } from "@/lib/financing-requests/get-financing-request";
import { formatDateTime } from "@/lib/format/format-date-time";

import { CustomerLink } from "./_sections/customer-link";
import { OPEN_STATES, RequestSummary } from "./_sections/request-summary";
import { RequestTimeline } from "./_sections/request-timeline";

export const metadata: Metadata = { title: "Financing request" };

export default async function FinancingRequestPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("viewOperations");
  const request = await getFinancingRequest((await params).id);
  if (!request) notFound();
  return (
    <>
      {OPEN_STATES.has(request.state) && <AutoRefresh seconds={5} />}
      <PageHeader
        title={<DetailTitle kind="Financing request" id={request.merchantTransactionId} />}
        description={`${request.customerFirstName} ${request.customerLastName} · ${request.customerEmail} · created ${formatDateTime(request.createdAt)} by ${request.createdByEmail ?? "unknown"}`}
        back={{ href: "/financing-requests", label: "Financing requests" }}
      />
      <DetailSections>
        <DetailGrid>
          <CustomerLink request={request} />
          <RequestSummary request={request} />
        </DetailGrid>
        <RequestTimeline request={request} />
      </DetailSections>
    </>
  );
}
