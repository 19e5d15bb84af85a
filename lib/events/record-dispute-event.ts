// dispute.created (first seen), dispute.resolved (its status became RESOLVED), dispute.updated
// (any other event of a dispute already known): called by applyDisputeEvent.
import type { DisputeStatus } from "@/lib/db/generated/enums";

import { DISPUTE_DATA_SQL } from "./event-payload-sql";
import type { EventTx } from "./event-writer";
import { recordEventsFrom } from "./record-event";

type DisputeChange = { created: boolean; previous: DisputeStatus; incoming: DisputeStatus };

export async function recordDisputeEvent(tx: EventTx, disputeId: string, change: DisputeChange): Promise<void> {
  const type = change.created
    ? "dispute.created"
    : change.incoming === "RESOLVED" && change.previous !== "RESOLVED"
      ? "dispute.resolved"
      : "dispute.updated";
  await recordEventsFrom(tx, type, DISPUTE_DATA_SQL, [disputeId, change.created ? null : change.previous]);
}
