// The delivery applier in a process of its own: `npm start` runs it beside the dashboard
// (which then has APPLIER=separate: its receivers only store and NOTIFY), on a small pool of
// its own, and starts it again if it dies. A NOTIFY wakes it; the 5 s sweep stays as the
// fallback. SIGTERM: each worker finishes its batch, then the process exits.
import { disconnectDb } from "../lib/db/client";
import { listenForDeliveries } from "../lib/ingest/applier-wake";
import { deliveryApplierIdle, kickDeliveryApplier, stopDeliveryApplier } from "../lib/ingest/apply-pending-deliveries";
import { startDeliverySweeper } from "../lib/ingest/delivery-sweeper";
import { componentLogger } from "../lib/log/logger";

const log = componentLogger("applier");
const STOP_TIMEOUT_MS = 30_000;

if (!process.env.DATABASE_URL) {
  log.error("DATABASE_URL is not set: the applier is started by npm start, which provides it");
  process.exit(1);
}
// This process is the one that applies, whatever the dashboard was told.
process.env.APPLIER = "in-process";

const listener = listenForDeliveries(() => void kickDeliveryApplier());
startDeliverySweeper();
await listener.ready;
log.info({ pid: process.pid }, "applier ready: listening for stored deliveries");

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    stopDeliveryApplier();
    setTimeout(() => {
      log.error("the batch in progress did not finish in time; exiting (it is rolled back and taken again)");
      process.exit(1);
    }, STOP_TIMEOUT_MS).unref();
    void (async () => {
      await listener.stop();
      await deliveryApplierIdle();
      await disconnectDb();
      log.info("applier stopped");
      process.exit(0);
    })();
  });
}
