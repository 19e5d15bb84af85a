// The out-of-band half of ingest: receivers answer once a delivery is stored, and
// this loop applies stored deliveries to the domain, oldest first. Several app
// instances can run it at once (rows are taken with SKIP LOCKED).
import { db } from "../db/client";
import { processDelivery } from "./process-delivery";

const BATCH = 50;

/** Applies every delivery waiting now; returns how many it applied. */
export async function applyPendingDeliveries(): Promise<number> {
  let total = 0;
  for (;;) {
    const waiting = await db().delivery.findMany({
      where: { processing: "RECEIVED" },
      orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
      take: BATCH,
      select: { id: true },
    });
    if (!waiting.length) return total;
    let progressed = 0;
    for (const { id } of waiting) if (await processDelivery(id)) progressed++;
    total += progressed;
    // Everything left is held by another worker: let it finish.
    if (progressed === 0) return total;
  }
}

// One loop per process, even though each route bundle has its own copy of this module.
const state = ((globalThis as unknown as { financingDeskApplier?: { running: Promise<void> | null; again: boolean } }).financingDeskApplier ??= {
  running: null,
  again: false,
});

/** Starts the loop unless it runs; a kick while it runs makes it look once more. */
export function kickDeliveryApplier(): Promise<void> {
  if (state.running) {
    state.again = true;
    return state.running;
  }
  state.running = (async () => {
    try {
      do {
        state.again = false;
        await applyPendingDeliveries();
      } while (state.again);
    } catch (error) {
      console.error("[ingest] applying deliveries failed:", (error as Error).message);
    } finally {
      state.running = null;
    }
  })();
  return state.running;
}

/** For tests and replays: resolves when nothing is waiting in this process. */
export async function deliveryApplierIdle(): Promise<void> {
  while (state.running) await state.running;
}
