import { applyPendingDeliveries, deliveryApplierIdle } from "../lib/ingest/apply-pending-deliveries";

/** Waits for the out-of-band applier, then applies anything still waiting. */
export async function settleDeliveries(): Promise<void> {
  await deliveryApplierIdle();
  await applyPendingDeliveries();
}
