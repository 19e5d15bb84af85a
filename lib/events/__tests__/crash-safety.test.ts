import { spawnSync } from "node:child_process";
import path from "node:path";

import { afterEach, beforeEach, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { startJobRunner, type JobRunner } from "@/lib/jobs/start-jobs";
import { resetDatabase } from "@/test/reset-database";

import { clearJobs } from "./clear-jobs";
import { startEventReceiver, waitFor } from "./event-receiver";
import { makeEndpoint } from "./make-endpoint";

let runner: JobRunner | undefined;
let shop: Awaited<ReturnType<typeof startEventReceiver>>;

beforeEach(async () => {
  await resetDatabase();
  await clearJobs();
  shop = await startEventReceiver();
});
afterEach(async () => {
  await runner?.stop(2_000);
  runner = undefined;
  await shop.close();
});

it("an event committed by a process killed before the send is sent by the next job runner", async () => {
  await makeEndpoint(shop.url);
  const child = spawnSync(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "commit-then-die.ts")], {
    env: { ...process.env },
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(child.signal).toBe("SIGKILL");
  const eventId = child.stdout.trim();
  expect(eventId).toMatch(/^evt_/);
  expect(await db().outboundEvent.findUnique({ where: { id: eventId } })).toMatchObject({ sequence: null });
  expect(shop.received).toHaveLength(0);

  runner = await startJobRunner({ sweepEveryMs: 200 });
  await waitFor(() => db().eventDelivery.findFirst({ where: { eventId, status: "SUCCEEDED" } }));
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(shop.received.map((r) => r.headers["webhook-id"])).toEqual([eventId]);
});

it("a due attempt whose job was lost is queued again by the sweep", async () => {
  await makeEndpoint(shop.url);
  runner = await startJobRunner({ sweepEveryMs: 200 });
  await runner.stop(2_000);
  // The event was handed off (numbered) but its job is gone, and its attempt is long due.
  const event = await db().outboundEvent.create({
    data: { id: "evt_lost", sequence: 1, type: "delivery.failed", data: {} },
  });
  const endpoint = await db().eventEndpoint.findFirstOrThrow();
  await db().eventDelivery.create({
    data: { eventId: event.id, endpointId: endpoint.id, nextAttemptAt: new Date(Date.now() - 60_000) },
  });
  await clearJobs();
  runner = await startJobRunner({ sweepEveryMs: 200 });
  await waitFor(() => db().eventDelivery.findFirst({ where: { eventId: event.id, status: "SUCCEEDED" } }));
  expect(shop.received).toHaveLength(1);
});
