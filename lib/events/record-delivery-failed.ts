// delivery.failed: a stored delivery that raised an error while being applied (lib/ingest).
import { DELIVERY_FAILED_DATA_SQL } from "./event-payload-sql";
import type { EventTx } from "./event-writer";
import { recordEventsFrom } from "./record-event";

export async function recordDeliveryFailed(tx: EventTx, deliveryId: string, error: string): Promise<void> {
  await recordEventsFrom(tx, "delivery.failed", DELIVERY_FAILED_DATA_SQL, [deliveryId, error]);
}
