// What runs during the events section's sustained load: the mix of signed deliveries, an
// admin paging through the lists, and the database's own account of each delivery
// (receivedAt → processedAt) and of what is left waiting.
import type pg from "pg";

import { sleep } from "../support/child-output";
import type { BenchCredentials } from "./config";
import type { EventReceiver } from "./event-receiver";
import type { RequestParams } from "./load";
import type { PacedPost } from "./paced-posts";
import { chargeAfterWebhooks, wgfPostbacks } from "./payloads";
import { approvalPost, type Cart } from "./shop-carts";
import { summarize, type Summary } from "./stats";

/** One delivery in APPROVAL_EVERY approves a cart made through the Shop API; the rest alternate providers. */
export const APPROVAL_EVERY = 10;

export type Answered = { merchantTransactionId: string; status: number; at: number };

/** The load's deliveries; `answered` gets each cart approval's answer. */
export function deliveryMix(runId: string, credentials: BenchCredentials, carts: Cart[], answered: Answered[]) {
  const wgf = wgfPostbacks(`${runId}e`, credentials.wgf);
  const chargeAfter = chargeAfterWebhooks(`${runId}e`, credentials.chargeAfterAuthorization);
  const waiting = [...carts];
  let n = 0;
  return (): PacedPost => {
    const i = n++;
    const cart = i % APPROVAL_EVERY === 0 ? waiting.shift() : undefined;
    if (cart) {
      const post = approvalPost(cart, credentials.wgf);
      const record = (status: number, at: number) =>
        answered.push({ merchantTransactionId: cart.merchantTransactionId, status, at });
      return { ...post, answered: record };
    }
    const path = i % 2 ? "/api/postbacks/wegetfinancing" : "/api/webhooks/chargeafter";
    const built: RequestParams = (i % 2 ? wgf : chargeAfter)({ method: "POST", path, headers: {} });
    return { path, headers: built.headers as Record<string, string>, body: built.body as string };
  };
}

export const LIST_PAGES = ["/applications", "/deliveries", "/orders"] as const;

/** Loads the list pages one after another, as one admin would, until `stop()` is true. */
export async function timePagesUntil(baseUrl: string, cookie: string, stop: () => boolean) {
  const times: Record<string, number[]> = Object.fromEntries(LIST_PAGES.map((page) => [page, []]));
  const statuses: Record<string, number[]> = Object.fromEntries(LIST_PAGES.map((page) => [page, []]));
  while (!stop()) {
    for (const page of LIST_PAGES) {
      const started = performance.now();
      const response = await fetch(`${baseUrl}${page}`, { headers: { cookie }, redirect: "manual" });
      await response.arrayBuffer();
      times[page]!.push(performance.now() - started);
      if (response.status !== 200) statuses[page]!.push(response.status);
    }
  }
  return LIST_PAGES.map((page) => ({ page, ...summarize(times[page]!), non200: statuses[page]! }));
}

export type AppliedLatency = {
  deliveries: number;
  notProcessed: number;
  p50Ms: number | null;
  p99Ms: number | null;
  maxMs: number | null;
};

/** receivedAt → processedAt over the deliveries received in [from, to). */
export async function appliedLatency(db: pg.Client, from: Date, to: Date): Promise<AppliedLatency> {
  const { rows } = await db.query<Record<string, string | null>>(
    `WITH d AS (SELECT extract(epoch FROM "processedAt" - "receivedAt") * 1000 AS ms
       FROM "Delivery" WHERE "receivedAt" >= $1 AND "receivedAt" < $2)
     SELECT count(*) AS deliveries, count(*) - count(ms) AS "notProcessed",
       percentile_disc(0.5) WITHIN GROUP (ORDER BY ms) AS p50, percentile_disc(0.99) WITHIN GROUP (ORDER BY ms) AS p99,
       max(ms) AS max FROM d`,
    [from, to],
  );
  const row = rows[0]!;
  const ms = (value: string | null | undefined) => (value == null ? null : Number(value));
  return {
    deliveries: Number(row.deliveries),
    notProcessed: Number(row.notProcessed),
    p50Ms: ms(row.p50),
    p99Ms: ms(row.p99),
    maxMs: ms(row.max),
  };
}

export const waitingCount = async (db: pg.Client) =>
  Number(
    (await db.query<{ n: string }>(`SELECT count(*) AS n FROM "Delivery" WHERE processing = 'RECEIVED'`)).rows[0]!.n,
  );

/** RECEIVED rows left when the load ended, `graceMs` later, and when none was left (s after the end). */
export async function backlogAfterLoad(db: pg.Client, endedAt: number, graceMs: number, timeoutMs: number) {
  const atEnd = await waitingCount(db);
  let left = atEnd;
  let afterGrace: number | null = null;
  while (left > 0 && Date.now() - endedAt < timeoutMs) {
    await sleep(100);
    left = await waitingCount(db);
    if (afterGrace === null && Date.now() - endedAt >= graceMs) afterGrace = left;
  }
  if (afterGrace === null) afterGrace = left;
  return {
    atEnd,
    afterGrace,
    drained: left === 0,
    drainedAfterSeconds: left === 0 ? (Date.now() - endedAt) / 1000 : null,
  };
}

export type OrderEventLatency = Summary & {
  approvals: number;
  refused: number;
  missing: number;
  /** Carts with order.created under more than one webhook-id: two orders for one approval. */
  twice: number;
};

/** Approval answer → first order.created for its cart at the shop, waiting up to `timeoutMs` for the last. */
export async function orderEventLatency(
  receiver: EventReceiver,
  answered: Answered[],
  timeoutMs: number,
): Promise<OrderEventLatency> {
  const accepted = answered.filter((a) => a.status === 200);
  const orders = () => {
    const byCart = new Map<string, number[]>();
    for (const arrival of receiver.arrivals.values()) {
      if (arrival.type !== "order.created") continue;
      const cart = String(arrival.data.merchant_transaction_id);
      byCart.set(cart, [...(byCart.get(cart) ?? []), arrival.at]);
    }
    return byCart;
  };
  await receiver.waitUntil(() => accepted.every((a) => orders().has(a.merchantTransactionId)), timeoutMs);
  const byCart = orders();
  const latencies = accepted.flatMap((a) => {
    const at = byCart.get(a.merchantTransactionId);
    return at ? [Math.min(...at) - a.at] : [];
  });
  return {
    ...summarize(latencies),
    approvals: answered.length,
    refused: answered.length - accepted.length,
    missing: accepted.length - latencies.length,
    twice: [...byCart.values()].filter((at) => at.length > 1).length,
  };
}
