// The simulator's traffic against the real receivers, in process: every answer is the one the
// README promises ("Receiving postbacks and webhooks"), retries come back as duplicates, and once
// applied the domain holds applications in many statuses, orders (from financing requests) and disputes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { POST as wegetfinancing } from "../../../app/api/postbacks/wegetfinancing/route";
import { POST as chargeAfter } from "../../../app/api/webhooks/chargeafter/route";
import { db } from "../../../lib/db/client";
import { createFinancingRequest } from "../../../lib/financing-requests/create-financing-request";
import { configureProviders } from "../../../test/provider-requests";
import { resetDatabase } from "../../../test/reset-database";
import { settleDeliveries } from "../../../test/settle-deliveries";
import { dashboardEnv, DEMO_CREDENTIALS } from "../credentials";
import { financingRequestInputs } from "../financing-requests";
import type { DeliveryResult } from "../send";
import { startSimulator, type Simulator } from "../simulator";

const inProcess = (url: string, init: RequestInit) => {
  const request = new Request(new URL(url, "http://127.0.0.1"), init);
  return (request.url.includes("/api/webhooks/chargeafter") ? chargeAfter : wegetfinancing)(request);
};

let simulator: Simulator;
let results: DeliveryResult[];

beforeAll(async () => {
  await resetDatabase();
  simulator = await startSimulator({
    post: inProcess,
    journeys: 60,
    seed: 7,
    now: new Date(),
    days: 30,
    concurrency: 8,
    port: 0,
    postbackDelayMs: 0,
    credentials: DEMO_CREDENTIALS,
  });
  configureProviders({
    ...dashboardEnv(DEMO_CREDENTIALS, simulator.apis.baseUrl),
    WGF_POSTBACK_USERNAME_PREVIOUS: undefined,
    WGF_POSTBACK_PASSWORD_PREVIOUS: undefined,
    CHARGEAFTER_WEBHOOK_AUTHORIZATION_PREVIOUS: undefined,
  });
  results = await simulator.sendJourneys();
  // Financing requests through the real domain function: Create Request at the simulator, whose postbacks follow.
  for (const input of financingRequestInputs(6, 7)) {
    const created = await createFinancingRequest(
      input,
      { id: null, email: "admin@demo.local" },
      { postbackUrl: "http://127.0.0.1/api/postbacks/wegetfinancing" },
    );
    expect(created.ok).toBe(true);
  }
  await simulator.postbacksIdle();
  await settleDeliveries();
}, 120_000);

afterAll(async () => {
  await simulator?.stop();
  configureProviders();
});

describe("the provider simulator", () => {
  it("gets the answer the contract asks for on every delivery", () => {
    const unexpected = simulator.results
      .filter((r) => !r.asExpected)
      .map((r) => `${r.delivery.label}: ${r.status} ${r.duplicate}`);
    expect(unexpected).toEqual([]);
    expect(simulator.results.length).toBeGreaterThan(simulator.plan.deliveryCount);
    for (const result of results) {
      if (result.delivery.variant === "invalid") expect([400, 401, 415]).toContain(result.status);
      else expect(result.status).toBe(200);
    }
    expect(new Set(results.filter((r) => r.delivery.variant === "invalid").map((r) => r.status))).toEqual(
      new Set([400, 401, 415]),
    );
  });

  it("sends provider retries, answered as duplicates", () => {
    const resent = results.filter((r) => r.delivery.variant === "duplicate");
    expect(resent.length).toBeGreaterThan(0);
    expect(resent.every((r) => r.duplicate === true)).toBe(true);
    expect(
      results.filter((r) => r.delivery.variant !== "duplicate" && r.status === 200).every((r) => r.duplicate === false),
    ).toBe(true);
  });

  it("speaks every format and old event names", () => {
    const labels = new Set(results.map((r) => r.delivery.label));
    for (const label of ["consumer confirmation", "postsale.settle.accepted", "disputes.created"])
      expect(labels).toContain(label);
    expect(
      [...labels].some(
        (l) => l.startsWith("account.") || l === "postsale.settle" || l === "application.apply-confirmed",
      ),
    ).toBe(true);
    expect([...labels].some((l) => l.endsWith("(form)") || l.endsWith("(json-1.0)"))).toBe(true);
  });

  it("leaves applications in several statuses, orders and disputes", async () => {
    const byStatus = await db().application.groupBy({ by: ["status"], _count: true });
    const statuses = byStatus.map((row) => row.status);
    for (const status of ["APPROVED", "DECLINED", "CONFIRMED", "PREQUALIFIED", "PENDING", "CANCELLED"])
      expect(statuses).toContain(status);
    expect(await db().order.count()).toBeGreaterThan(0);
    expect(await db().dispute.count()).toBeGreaterThan(0);
    expect(await db().delivery.count({ where: { processing: "FAILED" } })).toBe(0);
    // Post-sale events found their applications.
    expect(await db().applicationEvent.count({ where: { type: "postsale.settle.accepted" } })).toBeGreaterThan(0);
  });

  it("serves funding records for the settled charges and every report status", () => {
    const records = simulator.apis.funding.records;
    const statuses = new Set(records.map((r) => r.status));
    for (const status of ["RECONCILED", "TYPE_MISMATCH", "AMOUNT_MISMATCH", "MISSING", "ORIGINAL_TRANSACTION_MISSING"])
      expect(statuses).toContain(status);
    const settled = results.filter((r) => r.status === 200 && r.delivery.label.startsWith("postsale.settle"));
    const orderIds = new Set(records.map((r) => r.merchantOrderId));
    for (const result of settled)
      expect(orderIds).toContain((JSON.parse(result.delivery.body) as { merchantOrderId: string }).merchantOrderId);
  });
});
