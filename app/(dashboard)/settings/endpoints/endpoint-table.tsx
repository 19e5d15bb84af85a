// The endpoints: URL (to its log), the types it takes, state, and its deliveries by status.
import { Badge } from "@/components/badge";
import { linkColumn, ListTable, type Column } from "@/components/data-table";
import { DateTime } from "@/components/date-time";
import type { EventEndpointRow } from "@/lib/events/list-event-endpoints";

const columns: Column<EventEndpointRow>[] = [
  linkColumn({
    header: "URL",
    href: (endpoint) => `/settings/endpoints/${endpoint.id}`,
    label: (endpoint) => endpoint.url,
    mono: true,
  }),
  { header: "Event types", className: "text-xs", cell: (e) => (e.eventTypes.length ? e.eventTypes.join(", ") : "All") },
  {
    header: "State",
    cell: (e) =>
      e.disabledAt ? (
        <Badge tone="danger">disabled</Badge>
      ) : e.failingSince ? (
        <Badge tone="warning">failing</Badge>
      ) : (
        <Badge tone="success">enabled</Badge>
      ),
  },
  { header: "Sent", align: "right", cell: (e) => e.succeeded },
  { header: "Waiting", align: "right", cell: (e) => e.pending },
  { header: "Failed", align: "right", cell: (e) => e.failed },
  { header: "Added", cell: (e) => <DateTime value={e.createdAt} /> },
];

export function EndpointTable({ endpoints }: { endpoints: EventEndpointRow[] }) {
  return (
    <ListTable
      caption="Event endpoints: URL, event types, state, and their events sent, waiting and failed"
      rows={endpoints}
      columns={columns}
    />
  );
}
