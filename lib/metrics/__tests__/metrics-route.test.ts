// GET /api/metrics: Prometheus text that parses, the shared values read from the database
// (backlog, failures, events waiting, the last sync), the per-process counter, and who may
// read it: loopback by the recorded peer address, METRICS_TOKEN as a bearer token, else refused.
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { GET } from "@/app/api/metrics/route";
import { envSchema, resetEnvCache } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { PEER_ADDRESS_HEADER } from "@/lib/server/forwarded";
import { resetDatabase } from "@/test/reset-database";

import { countDeliveryReceived } from "../delivery-metrics";

const TOKEN = "metrics-token-0123456789abcdef";

const scrape = (headers: Record<string, string> = { [PEER_ADDRESS_HEADER]: "127.0.0.1" }) =>
  GET(new Request("http://127.0.0.1/api/metrics", { headers }));

type Sample = { name: string; labels: string; value: number };

/** Every line is a comment or `name{labels} value`; anything else fails the test. */
function parseText(text: string): Sample[] {
  return text
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)$/.exec(line);
      if (!match) throw new Error(`Not a Prometheus sample line: ${line}`);
      return { name: match[1]!, labels: match[2] ?? "", value: Number(match[3]) };
    });
}

const valueOf = (samples: Sample[], name: string, labels = "") =>
  samples.find((sample) => sample.name === name && sample.labels === labels)?.value;

async function samplesNow(): Promise<Sample[]> {
  const response = await scrape();
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseText(await response.text());
}

function delivery(processing: "RECEIVED" | "FAILED" | "APPLIED", receivedAt: Date) {
  return {
    provider: "CHARGEAFTER" as const,
    endpoint: "/api/webhooks/chargeafter",
    receivedAt,
    headers: {},
    rawBody: new Uint8Array(),
    bodyBytes: 0,
    verification: "VERIFIED" as const,
    responseStatus: 200,
    processing,
    searchIds: [],
  };
}

beforeEach(async () => {
  await resetDatabase();
  delete process.env.METRICS_TOKEN;
  resetEnvCache();
});

afterEach(() => {
  delete process.env.METRICS_TOKEN;
  resetEnvCache();
});

describe("GET /api/metrics: values", () => {
  it("an empty desk: zeros, the database up, Node's process metrics", async () => {
    const samples = await samplesNow();
    expect(valueOf(samples, "financing_desk_metrics_database_up")).toBe(1);
    expect(valueOf(samples, "financing_desk_deliveries_waiting")).toBe(0);
    expect(valueOf(samples, "financing_desk_oldest_unapplied_delivery_age_seconds")).toBe(0);
    expect(valueOf(samples, "financing_desk_funding_sync_last_success")).toBe(0);
    expect(samples.some((sample) => sample.name === "process_cpu_user_seconds_total")).toBe(true);
  });

  it("after deliveries, events and sync runs: the backlog, its age, failures, events waiting, the last sync", async () => {
    const now = Date.now();
    await db().delivery.createMany({
      data: [
        delivery("RECEIVED", new Date(now - 600_000)),
        delivery("RECEIVED", new Date(now - 5_000)),
        delivery("FAILED", new Date(now - 60_000)),
        delivery("APPLIED", new Date(now - 900_000)),
      ],
    });
    const endpoint = await db().eventEndpoint.create({
      data: { url: "https://shop.example/hooks", secret: "whsec_x", createdByEmail: "admin@example.com" },
    });
    for (const [index, status] of (["PENDING", "PENDING", "SUCCEEDED"] as const).entries()) {
      const event = await db().outboundEvent.create({ data: { id: `evt_${index}`, type: "order.created", data: {} } });
      await db().eventDelivery.create({
        data: {
          eventId: event.id,
          endpointId: endpoint.id,
          status,
          nextAttemptAt: index === 0 ? new Date(now - 3_600_000) : new Date(now + 60_000),
        },
      });
    }
    const succeededAt = new Date("2026-12-01T06:00:05Z");
    const failedAt = new Date("2026-12-02T06:00:09Z");
    await db().syncRun.createMany({
      data: [
        {
          source: "API",
          status: "SUCCEEDED",
          startedAt: new Date("2026-12-01T06:00:00Z"),
          finishedAt: succeededAt,
          startedByEmail: "system",
        },
        {
          source: "API",
          status: "FAILED",
          startedAt: new Date("2026-12-02T06:00:00Z"),
          finishedAt: failedAt,
          startedByEmail: "system",
          error: "HTTP 503",
        },
        { source: "API", status: "RUNNING", startedAt: new Date(now), startedByEmail: "system" },
      ],
    });

    const samples = await samplesNow();
    expect(valueOf(samples, "financing_desk_deliveries_waiting")).toBe(2);
    expect(valueOf(samples, "financing_desk_deliveries_failed")).toBe(1);
    const age = valueOf(samples, "financing_desk_oldest_unapplied_delivery_age_seconds")!;
    expect(age).toBeGreaterThanOrEqual(599);
    expect(age).toBeLessThan(700);
    expect(valueOf(samples, "financing_desk_events_waiting")).toBe(2);
    expect(valueOf(samples, "financing_desk_events_overdue")).toBe(1);
    expect(valueOf(samples, "financing_desk_funding_sync_last_finished_timestamp_seconds")).toBe(
      failedAt.getTime() / 1000,
    );
    expect(valueOf(samples, "financing_desk_funding_sync_last_success")).toBe(0);
    expect(valueOf(samples, "financing_desk_funding_sync_last_success_timestamp_seconds")).toBe(
      succeededAt.getTime() / 1000,
    );
  });

  it("the per-process counter: received by provider and answer", async () => {
    const received = '{provider="wegetfinancing",status="401"}';
    const before = await samplesNow();
    countDeliveryReceived("WEGETFINANCING", 401);
    countDeliveryReceived("WEGETFINANCING", 401);
    const after = await samplesNow();
    const delta = (name: string, labels: string) =>
      valueOf(after, name, labels)! - (valueOf(before, name, labels) ?? 0);
    expect(delta("financing_desk_deliveries_received_total", received)).toBe(2);
  });
});

describe("GET /api/metrics: who may read it", () => {
  it("no token: loopback (IPv4, IPv6) yes; another address 403 in words, even claiming loopback in X-Forwarded-For", async () => {
    expect((await scrape({ [PEER_ADDRESS_HEADER]: "::1" })).status).toBe(200);
    const refused = await scrape({ [PEER_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "127.0.0.1" });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toMatch(/only to this machine.*set METRICS_TOKEN/);
    // Not served by scripts/serve.ts: no recorded peer, nothing to trust.
    expect((await scrape({})).status).toBe(403);
  });

  it("METRICS_TOKEN set: the bearer token from anywhere; none or a wrong one 401 in words, loopback included", async () => {
    process.env.METRICS_TOKEN = TOKEN;
    resetEnvCache();
    expect((await scrape({ [PEER_ADDRESS_HEADER]: "203.0.113.9", authorization: `Bearer ${TOKEN}` })).status).toBe(200);
    const wrong = await scrape({ [PEER_ADDRESS_HEADER]: "203.0.113.9", authorization: `Bearer ${TOKEN}x` });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("www-authenticate")).toBe('Bearer realm="metrics"');
    expect(await wrong.text()).toMatch(/METRICS_TOKEN as a bearer token/);
    expect((await scrape({ [PEER_ADDRESS_HEADER]: "127.0.0.1" })).status).toBe(401);
  });
});

describe("METRICS_TOKEN", () => {
  it("blank is unset; a token under 16 characters stops the start", () => {
    expect(envSchema.parse({ METRICS_TOKEN: "" }).METRICS_TOKEN).toBeUndefined();
    expect(envSchema.parse({ METRICS_TOKEN: TOKEN }).METRICS_TOKEN).toBe(TOKEN);
    expect(envSchema.safeParse({ METRICS_TOKEN: "short" }).success).toBe(false);
  });
});
