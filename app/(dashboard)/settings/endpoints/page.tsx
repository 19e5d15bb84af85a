import type { Metadata } from "next";

import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { AddSection, ListSection } from "@/components/settings-section";
import { requirePermission } from "@/lib/auth/session";
import { listEventEndpoints } from "@/lib/events/list-event-endpoints";

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
      <AddSection id="new-endpoint-heading" title="Add an endpoint">
        <NewEndpointForm />
      </AddSection>
      <ListSection id="endpoints-heading" title="Endpoints" count={endpoints.length}>
        {endpoints.length ? (
          <EndpointTable endpoints={endpoints} />
        ) : (
          <EmptyState title="No event endpoints yet">
            Add one above, or with <code>npm run endpoint -- add &lt;url&gt;</code>.
          </EmptyState>
        )}
      </ListSection>
    </>
  );
}
