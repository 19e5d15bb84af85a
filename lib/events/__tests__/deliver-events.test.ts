import { randomUUID } from "node:crypto";

import { Webhook } from "standardwebhooks";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { resetEnvCache } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { recordEvent } from "@/lib/events/record-event";
import { startJobRunner, type JobRunner } from "@/lib/jobs/start-jobs";
import { resetDatabase } from "@/test/reset-database";

import { clearJobs } from "./clear-jobs";
import { startEventReceiver, waitFor } from "./event-receiver";
import { makeEndpoint } from "./make-endpoint";

const runners: JobRunner[] = [];
const closers: (() => Promise<void>)[] = [];

beforeAll(() => {
  process.env.EVENT_RETRY_SCHEDULE = "100ms,100ms";
  resetEnvCache();
});
beforeEach(async () => {
  await resetDatabase();
  await clearJobs();
});
afterEach(async () => {
  for (const runner of runners.splice(0)) await runner.stop(2_000);
  for (const close of closers.splice(0)) await close();
});

async function runner() {
  const started = await startJobRunner({ sweepEveryMs: 200 });
  runners.push(started);
  return started;
}

async function receiver(answers: number[] = [], otherwise = 200) {
  const started = await startEventReceiver(answers, otherwise);
  closers.push(started.close);
  return started;
}

const failedDelivery = () => ({
  delivery_id: randomUUID(),
  provider: "chargeafter",
  event_type: "application.approved",
  error: "boom",
  received_at: new Date().toISOString(),
});

const record = () => db().$transaction((tx) => recordEvent(tx, "delivery.failed", failedDelivery()));

const attemptsOf = (eventId: string) =>
  db().eventDeliveryAttempt.findMany({ where: { delivery: { eventId } }, orderBy: { attemptedAt: "asc" } });

describe("delivering events", () => {
  it("posts the event signed per Standard Webhooks; the shop verifies it with the endpoint's secret", async () => {
    const shop = await receiver();
    const endpoint = await makeEndpoint(shop.url);
    await runner();
    const id = await record();
    await waitFor(async () => shop.received.length === 1);
    const [request] = shop.received;
    const verified = new Webhook(endpoint.secret).verify(request!.body, request!.headers as Record<string, string>);
    expect(verified).toMatchObject({ id, type: "delivery.failed", data: { error: "boom" } });
    expect(request!.headers["webhook-id"]).toBe(id);
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(() =>
      new Webhook(`whsec_${Buffer.from("another").toString("base64")}`).verify(
        request!.body,
        request!.headers as Record<string, string>,
      ),
    ).toThrow();
    const delivery = await waitFor(() => db().eventDelivery.findFirst({ where: { eventId: id, status: "SUCCEEDED" } }));
    expect(delivery.attemptCount).toBe(1);
    const [attempt] = await attemptsOf(id);
    expect(attempt).toMatchObject({ httpStatus: 200 });
    expect(attempt!.responseExcerpt).toHaveLength(1024);
  });

  it("retries on the schedule with the same webhook-id until a 2xx (500, 500, 200)", async () => {
    const shop = await receiver([500, 500]);
    await makeEndpoint(shop.url);
    await runner();
    const id = await record();
    await waitFor(() => db().eventDelivery.findFirst({ where: { eventId: id, status: "SUCCEEDED" } }));
    expect(shop.received.map((r) => r.headers["webhook-id"])).toEqual([id, id, id]);
    expect((await attemptsOf(id)).map((a) => a.httpStatus)).toEqual([500, 500, 200]);
  });

  it("fails the delivery when the schedule runs out, and a redirect is a failure, not followed", async () => {
    const shop = await receiver([], 302);
    await makeEndpoint(shop.url);
    await runner();
    const id = await record();
    const failed = await waitFor(() => db().eventDelivery.findFirst({ where: { eventId: id, status: "FAILED" } }));
    expect(failed).toMatchObject({ attemptCount: 3, lastStatus: 302, nextAttemptAt: null });
    expect(shop.received).toHaveLength(3);
  });

  it("disables an endpoint failing for 5 days and tells the admin (an audit entry)", async () => {
    const shop = await receiver([], 503);
    const endpoint = await makeEndpoint(shop.url);
    await db().eventEndpoint.update({
      where: { id: endpoint.id },
      data: { failingSince: new Date(Date.now() - 5 * 86_400_000 - 60_000) },
    });
    await runner();
    await record();
    const disabled = await waitFor(() =>
      db().eventEndpoint.findFirst({ where: { id: endpoint.id, disabledAt: { not: null } } }),
    );
    expect(disabled.disabledReason).toMatch(/5 days.*HTTP 503/);
    expect(
      await db().auditLog.findFirst({ where: { action: "event-endpoint.disable", targetId: endpoint.id } }),
    ).toBeTruthy();
    // Disabled: the next event gets no delivery at all.
    await record();
    expect(await db().eventDelivery.count()).toBe(1);
  });

  it("a success clears failingSince", async () => {
    const shop = await receiver();
    const endpoint = await makeEndpoint(shop.url);
    await db().eventEndpoint.update({
      where: { id: endpoint.id },
      data: { failingSince: new Date(Date.now() - 86_400_000) },
    });
    await runner();
    await record();
    await waitFor(() => db().eventEndpoint.findFirst({ where: { id: endpoint.id, failingSince: null } }));
  });

  it("two job runners on one database deliver each event once per endpoint", async () => {
    const shops = [await receiver(), await receiver()];
    for (const shop of shops) await makeEndpoint(shop.url);
    await runner();
    await runner();
    const ids = [];
    for (let i = 0; i < 40; i++) ids.push(await record());
    for (const shop of shops) {
      await waitFor(async () => shop.received.length >= ids.length, 30_000);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(shop.received.map((r) => r.headers["webhook-id"]).sort()).toEqual([...ids].sort());
    }
    const sequences = (await db().outboundEvent.findMany({ orderBy: { sequence: "asc" } })).map((e) =>
      Number(e.sequence),
    );
    expect(sequences).toEqual(ids.map((_, i) => i + 1));
  });
});
