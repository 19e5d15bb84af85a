// An endpoint's sent-event log: each event with its status and every attempt (time, HTTP status,
// duration, the answer's first 1 KB), and a button to send it again.
import { EndpointActionButton } from "@/app/(dashboard)/settings/endpoints/endpoint-action-button";
import { Badge, type BadgeTone } from "@/components/badge";
import type { Column } from "@/components/data-table";
import { DateTime } from "@/components/date-time";
import type { EndpointDeliveryRow } from "@/lib/events/find-endpoint-deliveries";

const STATUS_TONES: Record<EndpointDeliveryRow["status"], BadgeTone> = {
  PENDING: "warning",
  SUCCEEDED: "success",
  FAILED: "danger",
};

function Attempts({ row }: { row: EndpointDeliveryRow }) {
  if (!row.attempts.length) return <span className="text-gray-500">None yet</span>;
  return (
    <ol className="space-y-1 text-xs" aria-label={`Attempts of ${row.event.id}`}>
      {row.attempts.map((attempt) => (
        <li key={attempt.id} data-attempt-status={attempt.httpStatus ?? "none"}>
          <DateTime value={attempt.attemptedAt} /> · {attempt.httpStatus ? `HTTP ${attempt.httpStatus}` : attempt.error}{" "}
          · {attempt.durationMs} ms
          {attempt.responseExcerpt && (
            <details>
              <summary className="cursor-pointer text-gray-600">Answer</summary>
              <pre className="max-h-40 overflow-auto text-[11px] break-all whitespace-pre-wrap">
                {attempt.responseExcerpt}
              </pre>
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}

export function deliveryLogColumns(endpointId: string): Column<EndpointDeliveryRow>[] {
  return [
    {
      header: "Event",
      card: "title",
      cell: (row) => (
        <>
          <code className="block font-mono text-xs break-all">{row.event.id}</code>
          <span className="text-xs text-gray-700">{row.event.type}</span>
        </>
      ),
    },
    { header: "Created", cell: (row) => <DateTime value={row.createdAt} /> },
    {
      header: "Status",
      id: "status",
      cell: (row) => <Badge tone={STATUS_TONES[row.status]}>{row.status.toLowerCase()}</Badge>,
    },
    { header: "Attempts", card: "wide", cell: (row) => <Attempts row={row} /> },
    {
      header: "Next attempt",
      cell: (row) => (row.status === "PENDING" ? <DateTime value={row.nextAttemptAt} fallback="—" /> : "—"),
    },
    {
      header: "Actions",
      srOnlyHeader: true,
      card: "wide",
      cell: (row) => (
        <EndpointActionButton endpointId={endpointId} intent="resend" deliveryId={row.id} pendingLabel="Queuing…">
          Resend
        </EndpointActionButton>
      ),
    },
  ];
}
