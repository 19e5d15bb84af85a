import { randomUUID } from "node:crypto";

import { afterEach, beforeAll, beforeEach, expect, it } from "vitest";

import { resetEnvCache } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { changeEventEndpoint } from "@/lib/events/change-event-endpoint";
import { findEndpointDeliveries } from "@/lib/events/find-endpoint-deliveries";
import { recordEvent } from "@/lib/events/record-event";
import { resendEventDeliveries } from "@/lib/events/resend-event-deliveries";
import { sendTestEvent } from "@/lib/events/send-test-event";
import { startJobRunner, type JobRunner } from "@/lib/jobs/start-jobs";
import { resetDatabase } from "@/test/reset-database";

import { clearJobs } from "./clear-jobs";
import { startEventReceiver, waitFor } from "./event-receiver";
import { makeEndpoint } from "./make-endpoint";

const admin = { id: null, email: "admin@example.test" };
let runner: JobRunner;
let shop: Awaited<ReturnType<typeof startEventReceiver>>;

beforeAll(() => {
  process.env.EVENT_RETRY_SCHEDULE = "50ms";
  resetEnvCache();
});
beforeEach(async () => {
  await resetDatabase();
  await clearJobs();
  shop = await startEventReceiver([500, 500]);
  runner = await startJobRunner({ sweepEveryMs: 200 });
});
afterEach(async () => {
  await runner.stop(2_000);
  await shop.close();
});

const record = () =>
  db().$transaction((tx) =>
    recordEvent(tx, "delivery.failed", {
      delivery_id: randomUUID(),
      provider: "chargeafter",
      event_type: null,
      error: "x",
      received_at: new Date().toISOString(),
    }),
  );

it("resends a failed event with the same webhook-id, and all failed ones; each audited", async () => {
  const endpoint = await makeEndpoint(shop.url);
  const id = await record();
  const failed = await waitFor(() => db().eventDelivery.findFirst({ where: { eventId: id, status: "FAILED" } }));
  await resendEventDeliveries({ endpointId: endpoint.id, deliveryId: failed.id }, admin);
  await waitFor(() => db().eventDelivery.findFirst({ where: { eventId: id, status: "SUCCEEDED" } }));
  expect(shop.received.map((r) => r.headers["webhook-id"])).toEqual([id, id, id]);
  const log = await findEndpointDeliveries(endpoint.id, undefined);
  expect(log.rows[0]!.attempts.map((a) => a.httpStatus)).toEqual([500, 500, 200]);

  expect(await resendEventDeliveries({ endpointId: endpoint.id }, admin)).toBe(0);
  const actions = await db().auditLog.findMany({ orderBy: { at: "asc" }, select: { action: true } });
  expect(actions.map((a) => a.action)).toEqual(["event-endpoint.resend", "event-endpoint.resend-failed"]);
});

it("sends a test event to that endpoint only, even disabled; enabling clears the disabled state", async () => {
  const other = await startEventReceiver();
  const endpoint = await makeEndpoint(other.url, { disabledAt: new Date() });
  await makeEndpoint(shop.url);
  const id = await sendTestEvent(endpoint.id, admin);
  await waitFor(() => db().eventDelivery.findFirst({ where: { eventId: id, status: "SUCCEEDED" } }));
  expect(other.received.map((r) => JSON.parse(r.body).type)).toEqual(["endpoint.test"]);
  expect(shop.received).toHaveLength(0);
  await other.close();

  await changeEventEndpoint({ id: endpoint.id }, "enable", admin);
  expect(await db().eventEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({
    disabledAt: null,
    disabledReason: null,
  });
});
