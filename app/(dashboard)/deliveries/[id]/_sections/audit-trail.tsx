// Who replayed the delivery, and what came of it, newest first.
import { DataTable, TableHead, Td, TimeTd } from "@/components/data-table";
import type { DeliveryDetail } from "@/lib/deliveries/get-delivery";

export function AuditTrail({ delivery }: { delivery: DeliveryDetail }) {
  if (!delivery.audit.length) return <p className="text-sm text-gray-600">Nobody has replayed this delivery.</p>;
  return (
    <DataTable caption="Audit entries about this delivery, newest first">
      <TableHead columns={["When", "Who", "What", "Outcome"]} />
      <tbody>
        {delivery.audit.map((entry) => (
          <tr key={entry.id}>
            <TimeTd value={entry.at} />
            <Td className="whitespace-nowrap">{entry.actorEmail}</Td>
            <Td className="font-mono text-xs whitespace-nowrap">{entry.action}</Td>
            <Td className="text-xs">{auditOutcome(entry.details)}</Td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/** "ok" or "failed: <reason>", from the entry's details. */
function auditOutcome(details: unknown): string {
  if (!details || typeof details !== "object") return "";
  const { outcome, reason } = details as { outcome?: unknown; reason?: unknown };
  return [typeof outcome === "string" ? outcome : null, typeof reason === "string" ? reason : null]
    .filter(Boolean)
    .join(": ");
}
