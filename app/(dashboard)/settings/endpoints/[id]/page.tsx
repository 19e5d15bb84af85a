import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { DisabledBanner } from "@/app/(dashboard)/settings/endpoints/disabled-banner";
import { EndpointActionButton } from "@/app/(dashboard)/settings/endpoints/endpoint-action-button";
import { ListTable } from "@/components/data-table";
import { EmptyState } from "@/components/empty-state";
import { Pagination } from "@/components/list/pagination";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { findEndpointDeliveries } from "@/lib/events/find-endpoint-deliveries";
import { getEventEndpoint } from "@/lib/events/get-event-endpoint";
import { appTimeZone } from "@/lib/format/format-date-time";
import { isUuid } from "@/lib/search-params/is-uuid";

import { deliveryLogColumns } from "./delivery-log";

export const metadata: Metadata = { title: "Event endpoint" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EventEndpointPage({ params, searchParams }: Props) {
  await requirePermission("manageEventEndpoints");
  const { id } = await params;
  const query = await searchParams;
  const endpoint = isUuid(id) ? await getEventEndpoint(id) : null;
  if (!endpoint) notFound();
  const cursor = typeof query.cursor === "string" ? query.cursor : undefined;
  const page = await findEndpointDeliveries(endpoint.id, cursor);
  const path = `/settings/endpoints/${endpoint.id}`;
  return (
    <>
      <PageHeader
        title={<span className="font-mono break-all">{endpoint.url}</span>}
        back={{ href: "/settings/endpoints", label: "Event endpoints" }}
        description={`Takes ${endpoint.eventTypes.length ? endpoint.eventTypes.join(", ") : "every event type"}. Added by ${endpoint.createdByEmail}.`}
        actions={
          <>
            {endpoint.disabledAt && (
              <EndpointActionButton endpointId={endpoint.id} intent="enable" variant="primary" pendingLabel="Enabling…">
                Enable again
              </EndpointActionButton>
            )}
            <EndpointActionButton endpointId={endpoint.id} intent="test" pendingLabel="Sending…">
              Send a test event
            </EndpointActionButton>
            <EndpointActionButton endpointId={endpoint.id} intent="resend-failed" pendingLabel="Queuing…">
              Resend all failed
            </EndpointActionButton>
            <EndpointActionButton endpointId={endpoint.id} intent="remove" variant="danger" pendingLabel="Removing…">
              Remove endpoint
            </EndpointActionButton>
          </>
        }
      />
      <DisabledBanner endpoint={endpoint} />
      <section aria-labelledby="log-heading">
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="log-heading" className="text-base font-semibold">
            Sent events
          </h2>
          <p className="text-xs text-gray-600">Newest first. Times in {appTimeZone()}.</p>
        </div>
        {page.rows.length ? (
          <ListTable
            caption="Sent events: event, status, attempts with HTTP status, duration and answer"
            rows={page.rows}
            columns={deliveryLogColumns(endpoint.id)}
            rowData={(row) => ({ "data-event-type": row.event.type })}
          />
        ) : (
          <EmptyState title="No events sent yet">Send a test event to check that the shop verifies them.</EmptyState>
        )}
        <Pagination path={path} query={query} page={page} paged={Boolean(cursor)} />
      </section>
    </>
  );
}
