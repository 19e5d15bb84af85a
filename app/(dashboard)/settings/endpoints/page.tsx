import type { Metadata } from "next";

import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { listEventEndpoints } from "@/lib/events/list-event-endpoints";
import { appTimeZone } from "@/lib/format/format-date-time";

import { DisabledBanner } from "./disabled-banner";
import { EndpointTable } from "./endpoint-table";
import { NewEndpointForm } from "./new-endpoint-form";

export const metadata: Metadata = { title: "Event endpoints" };

export default async function EventEndpointsPage() {
  await requirePermission("manageEventEndpoints");
  const endpoints = await listEventEndpoints();
  return (
    <>
      <PageHeader
        title="Event endpoints"
        back={{ href: "/settings", label: "Settings" }}
        description="Where the desk posts signed events (Standard Webhooks) when orders, applications, disputes, funding records or deliveries change. Each event is retried on EVENT_RETRY_SCHEDULE until the shop answers 2xx."
      />
      {endpoints.map((endpoint) => (
        <DisabledBanner key={endpoint.id} endpoint={endpoint} />
      ))}
      <section
        aria-labelledby="new-endpoint-heading"
        className="mb-8 rounded-lg border border-gray-200 bg-white p-4 shadow-sm"
      >
        <h2 id="new-endpoint-heading" className="mb-3 text-base font-semibold">
          Add an endpoint
        </h2>
        <NewEndpointForm />
      </section>
      <section aria-labelledby="endpoints-heading">
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="endpoints-heading" className="text-base font-semibold">
            Endpoints <span className="font-normal text-gray-600 tabular-nums">({endpoints.length})</span>
          </h2>
          <p className="text-xs text-gray-600">Times in {appTimeZone()}.</p>
        </div>
        {endpoints.length ? (
          <EndpointTable endpoints={endpoints} />
        ) : (
          <EmptyState title="No event endpoints yet">
            Add one above, or with <code>npm run endpoint -- add &lt;url&gt;</code>.
          </EmptyState>
        )}
      </section>
    </>
  );
}
