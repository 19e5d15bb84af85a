// The out-of-band half of ingest: receivers answer once a delivery is stored, and
// this loop applies stored deliveries to the domain, oldest first, a batch per
// transaction. Several app instances can run it at once (rows are taken with SKIP LOCKED).
import { db } from "@/lib/db/client";
import type { Provider } from "@/lib/db/generated/enums";
import { isConflictError, isTransientDatabaseError } from "@/lib/db/is-transient-error";

import { appliesElsewhere, wakeApplier } from "./applier-wake";
import { applyDeliveries } from "./apply-batch";
import { processEachDelivery } from "./process-delivery";
import { recordOutcomes } from "./record-outcomes";

const BATCH = 100;
// Workers skip the applications another one holds (apply-batch.ts), so they never deadlock.
const WORKERS = 3;
const RETRY_AFTER_FAILURE_MS = 1_000;

type WaitingDelivery = {
  id: string;
  provider: Provider;
  rawBody: Uint8Array;
  contentType: string | null;
  receivedAt: Date;
  dedupeKey: string | null;
  keyOwner: string | null;
};

/**
 * Applies one batch in one transaction: how many it took (0: none is waiting) and how many
 * of them it settled (those of applications another worker holds stay waiting).
 */
async function applyBatch(): Promise<{ taken: number; settled: number }> {
  let ids: string[] = [];
  try {
    return await db().$transaction(
      async (tx) => {
        const rows = await tx.$queryRaw<WaitingDelivery[]>`
          SELECT d.id::text, d.provider, d."rawBody", d."contentType", d."receivedAt", d."dedupeKey", k."deliveryId"::text AS "keyOwner"
          FROM "Delivery" d
          LEFT JOIN "DeliveryKey" k ON k.provider = d.provider AND k.key = d."dedupeKey"
          WHERE d.processing = 'RECEIVED' AND (d."nextApplyAt" IS NULL OR d."nextApplyAt" <= now()) -- a retry once due (delivery-retry.ts)
          ORDER BY d."receivedAt", d.id
          LIMIT ${BATCH}
          FOR UPDATE OF d SKIP LOCKED`;
        ids = rows.map((r) => r.id);
        const outcomes = await applyDeliveries(tx, rows);
        await recordOutcomes(tx, outcomes);
        return { taken: rows.length, settled: outcomes.length };
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    if (isTransientDatabaseError(error) || !ids.length) throw error;
    // One delivery of the batch failed and rolled the batch back: apply them one by one,
    // so the failing one is recorded as FAILED and the others go through.
    await processEachDelivery(ids);
    return { taken: ids.length, settled: ids.length };
  }
}

const MAX_CONFLICTS = 10;

/** Applies every delivery waiting now; returns how many this worker settled (applied, duplicate, …). */
export async function applyPendingDeliveries(): Promise<number> {
  let total = 0;
  let conflicts = 0;
  for (;;) {
    let batch: { taken: number; settled: number };
    try {
      batch = await applyBatch();
    } catch (error) {
      // Two workers met on the same applications in opposite order: the batch was rolled back whole; take it again.
      if (!isConflictError(error) || ++conflicts > MAX_CONFLICTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 50));
      continue;
    }
    total += batch.settled;
    if (batch.taken === 0 || state.stopping) return total;
  }
}

// One loop per process, even though each route bundle has its own copy of this module.
const state = ((
  globalThis as unknown as {
    financingDeskApplier?: { running: Promise<void> | null; again: boolean; stopping?: boolean };
  }
).financingDeskApplier ??= {
  running: null,
  again: false,
});

/** The applier process on SIGTERM: each worker ends after its batch; no new loop starts. */
export function stopDeliveryApplier(): void {
  state.stopping = true;
}

/** Starts the loop unless it runs; a kick while it runs makes it look once more. */
export function kickDeliveryApplier(): Promise<void> {
  if (appliesElsewhere()) return wakeApplier();
  if (state.stopping) return state.running ?? Promise.resolve();
  if (state.running) {
    state.again = true;
    return state.running;
  }
  state.running = (async () => {
    try {
      do {
        state.again = false;
        await Promise.all(Array.from({ length: WORKERS }, () => applyPendingDeliveries()));
      } while (state.again && !state.stopping);
    } catch (error) {
      console.error("[ingest] applying deliveries failed; trying again shortly:", (error as Error).message);
      setTimeout(() => void kickDeliveryApplier(), RETRY_AFTER_FAILURE_MS).unref();
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
