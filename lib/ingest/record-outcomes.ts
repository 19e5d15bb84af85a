// Writes the outcomes of a batch of applied deliveries in one statement, and counts them
// (GET /api/metrics) in the same transaction.
import type { Prisma } from "@/lib/db/client";
import { countDeliveryOutcomes } from "@/lib/metrics/count-delivery-outcomes";

import type { ApplyOutcome } from "./apply-delivery";
import { storableId } from "./storable-delivery";

export async function recordOutcomes(
  tx: Prisma.TransactionClient,
  outcomes: (ApplyOutcome & { id: string })[],
): Promise<void> {
  if (!outcomes.length) return;
  const col = <T>(pick: (o: (typeof outcomes)[number]) => T) => outcomes.map(pick);
  await tx.$executeRaw`
    UPDATE "Delivery" d SET
      processing = o.processing::"Processing",
      "processingError" = o.error,
      "eventType" = COALESCE(o.event_type, d."eventType"),
      "searchIds" = COALESCE(ARRAY(SELECT jsonb_array_elements_text(o.search_ids)), d."searchIds"),
      "duplicateOfId" = o.duplicate_of,
      flags = ARRAY(SELECT DISTINCT f FROM unnest(d.flags || ARRAY(SELECT jsonb_array_elements_text(o.flags))) AS f),
      "applicationId" = COALESCE(o.application_id, d."applicationId"),
      "orderId" = COALESCE(o.order_id, d."orderId"),
      "disputeId" = COALESCE(o.dispute_id, d."disputeId"),
      "processedAt" = now(),
      "nextApplyAt" = NULL -- a retry that now went through has no next attempt
    FROM unnest(${col((o) => o.id)}::uuid[], ${col((o) => o.processing)}::text[], ${col((o) => o.processingError)}::text[],
                ${col((o) => o.eventType)}::text[], ${col((o) => (o.searchIds ? JSON.stringify(o.searchIds.map(storableId)) : null))}::jsonb[],
                ${col((o) => o.duplicateOfId ?? null)}::uuid[], ${col((o) => JSON.stringify(o.flags))}::jsonb[],
                ${col((o) => o.links.applicationId ?? null)}::uuid[], ${col((o) => o.links.orderId ?? null)}::uuid[],
                ${col((o) => o.links.disputeId ?? null)}::uuid[])
      AS o(id, processing, error, event_type, search_ids, duplicate_of, flags, application_id, order_id, dispute_id)
    WHERE d.id = o.id`;
  await countDeliveryOutcomes(
    tx,
    outcomes.map((o) => o.processing),
  );
}
