// APPLIER=separate (npm start): the receivers only store and NOTIFY, and the applier process
// (scripts/applier.ts) LISTENs and applies, so applying never takes the dashboard's event loop
// or its pool. A lost notification costs at most the 5 s sweep.
import pg from "pg";

import { env } from "@/lib/config/env";
import { receiverPool, singleConnectionConfig } from "@/lib/db/pg-pool";
import { componentLogger } from "@/lib/log/logger";

const log = componentLogger("applier");

const DELIVERIES_CHANNEL = "financing_desk_deliveries";
const RECONNECT_MS = 1_000;

/** True where another process applies (the dashboard under npm start). */
export const appliesElsewhere = () => env().APPLIER === "separate";

let notifying = false;

/** One NOTIFY per tick, however many deliveries were stored in it. */
export function wakeApplier(): Promise<void> {
  if (!notifying) {
    notifying = true;
    setImmediate(() => {
      notifying = false;
      receiverPool()
        .query(`SELECT pg_notify('${DELIVERIES_CHANNEL}', '')`)
        .catch((error: Error) => log.warn({ err: error.message }, "could not wake the applier; the sweep will"));
    });
  }
  return Promise.resolve();
}

/** Calls onWake on each notification, and once on every (re)connection; reconnects until stopped. */
export function listenForDeliveries(onWake: () => void): { ready: Promise<void>; stop(): Promise<void> } {
  let client: pg.Client | undefined;
  let stopped = false;
  let markReady: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const connect = async (): Promise<void> => {
    if (stopped) return;
    const next = new pg.Client(singleConnectionConfig());
    let retried = false;
    const retry = () => {
      if (stopped || retried) return;
      retried = true;
      setTimeout(() => void connect(), RECONNECT_MS);
    };
    next.on("notification", () => onWake());
    next.on("error", (error) => log.warn({ err: error.message }, "the LISTEN connection failed"));
    next.on("end", retry);
    try {
      await next.connect();
      await next.query(`LISTEN ${DELIVERIES_CHANNEL}`);
      client = next;
      markReady();
      onWake();
    } catch (error) {
      log.warn({ err: (error as Error).message }, "could not LISTEN; trying again");
      await next.end().catch(() => {});
      retry();
    }
  };
  void connect();
  return {
    ready,
    stop: async () => {
      stopped = true;
      await client?.end().catch(() => {});
    },
  };
}
