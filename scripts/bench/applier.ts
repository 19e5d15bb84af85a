// Applier section: a realistic mix of signed deliveries (applier-mix.ts) sent through both
// receivers at a steady rate (80 % of the receivers' ~500/s by default), and how long each
// took from its receipt to being applied. Settings: BENCH_APPLIER_DELIVERIES (4000),
// BENCH_APPLIER_RATE (deliveries/s offered, 400).
import { signWgfPostback } from "../../lib/providers/wegetfinancing/signature";
import { sleep } from "../support/child-output";
import { applierMix, cartParams, INSERT_CARTS_SQL, type MixDelivery } from "./applier-mix";
import type { Section, SectionContext } from "./section";
import { fixed } from "./table";

export const APPLIER_GOAL = { maxP99Ms: 2000 } as const;
const CONCURRENCY = 50;

type Timing = {
  applied: number;
  duplicates: number;
  other: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  spanS: number;
};

export const applierSection: Section = async (context) => {
  const { config, db, log } = context;
  const count = Number(process.env.BENCH_APPLIER_DELIVERIES ?? 4000);
  const rate = Number(process.env.BENCH_APPLIER_RATE ?? 400);
  const mix = applierMix(config.runId, count);
  await db.query(INSERT_CARTS_SQL, cartParams(mix));
  log(`applier: sending ${count} deliveries (mix of ${mix.carts.length} requests) at ${rate}/s`);
  const sent = await sendPaced(context, mix.deliveries, rate);
  const drainStarted = performance.now();
  let waiting = Infinity;
  while (waiting > 0 && performance.now() - drainStarted < config.drainTimeoutSeconds * 1000) {
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Delivery" WHERE id = ANY($1::uuid[]) AND processing = 'RECEIVED'`,
      [sent.ids],
    );
    waiting = rows[0]!.n;
    if (waiting) await sleep(100);
  }
  const drainSeconds = (performance.now() - drainStarted) / 1000;
  const timing = await timings(context, sent.ids);
  const orders = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Order" WHERE "requestToken" = ANY($1::text[])`,
    [mix.carts.map((c) => c.requestToken)],
  );
  const approvals = new Set(mix.deliveries.filter((d) => d.body.includes('"approved"')).map((d) => d.body)).size;
  const failures: string[] = [];
  if (sent.failed) failures.push(`applier: ${sent.failed} deliveries were not answered 200`);
  if (waiting) failures.push(`applier: ${waiting} deliveries still RECEIVED after ${config.drainTimeoutSeconds} s`);
  if (timing.other) failures.push(`applier: ${timing.other} deliveries ended neither APPLIED nor DUPLICATE`);
  if (orders.rows[0]!.n !== approvals)
    failures.push(`applier: ${orders.rows[0]!.n} orders for ${approvals} approved carts (expected one each)`);
  const goalMet = !waiting && timing.p99Ms < APPLIER_GOAL.maxP99Ms;
  const lines = [
    `offered ${fixed(sent.perSecond)} deliveries/s for ${fixed(sent.seconds, 1)} s (${sent.ids.length} answered 200, ${sent.failed} not)`,
    `applied ${timing.applied} (+${timing.duplicates} duplicates) = ${fixed(timing.applied / timing.spanS)} applied/s from first receipt to last applied; backlog gone ${fixed(drainSeconds, 2)} s after the last answer`,
    `receipt to applied: p50 ${fixed(timing.p50Ms)} ms, p99 ${fixed(timing.p99Ms)} ms, max ${fixed(timing.maxMs)} ms (goal p99 < ${APPLIER_GOAL.maxP99Ms} ms, ratio ${fixed(timing.p99Ms / APPLIER_GOAL.maxP99Ms, 2)}) -> ${goalMet ? "met" : "NOT met"}`,
    `orders: ${orders.rows[0]!.n} for ${approvals} approved carts`,
  ];
  return {
    name: "applier",
    lines,
    failures,
    json: { goal: APPLIER_GOAL, count, rate, sent, drainSeconds, timing, goalMet },
  };
};

async function timings(context: SectionContext, ids: string[]): Promise<Timing> {
  const { rows } = await context.db.query<Timing>(
    `SELECT count(*) FILTER (WHERE processing = 'APPLIED')::int AS applied,
            count(*) FILTER (WHERE processing = 'DUPLICATE')::int AS duplicates,
            count(*) FILTER (WHERE processing NOT IN ('APPLIED', 'DUPLICATE'))::int AS other,
            COALESCE(percentile_disc(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE processing = 'APPLIED'), 0)::float8 AS "p50Ms",
            COALESCE(percentile_disc(0.99) WITHIN GROUP (ORDER BY ms) FILTER (WHERE processing = 'APPLIED'), 0)::float8 AS "p99Ms",
            COALESCE(max(ms) FILTER (WHERE processing = 'APPLIED'), 0)::float8 AS "maxMs",
            GREATEST(extract(epoch FROM max("processedAt") - min("receivedAt")), 0.001)::float8 AS "spanS"
     FROM (SELECT processing, "processedAt", "receivedAt", extract(epoch FROM "processedAt" - "receivedAt") * 1000 AS ms
           FROM "Delivery" WHERE id = ANY($1::uuid[])) d`,
    [ids],
  );
  return rows[0]!;
}

/** Sends each delivery at its time (rate per second), at most CONCURRENCY at once. */
async function sendPaced(context: SectionContext, deliveries: MixDelivery[], rate: number) {
  const ids: string[] = [];
  let failed = 0;
  const inFlight = new Set<Promise<void>>();
  const started = performance.now();
  for (const [i, delivery] of deliveries.entries()) {
    const due = started + (i * 1000) / rate;
    if (due > performance.now()) await sleep(due - performance.now());
    while (inFlight.size >= CONCURRENCY) await Promise.race(inFlight);
    const request = send(context, delivery)
      .then((id) => (id ? ids.push(id) : failed++))
      .catch(() => failed++)
      .then(() => void inFlight.delete(request));
    inFlight.add(request);
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - started) / 1000;
  return { ids, failed, seconds, perSecond: deliveries.length / seconds };
}

async function send({ baseUrl, credentials }: SectionContext, delivery: MixDelivery): Promise<string | null> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (delivery.provider === "WEGETFINANCING") {
    headers["x-timestamp"] = String(Math.floor(Date.now() / 1000));
    headers["x-signature"] = signWgfPostback(delivery.body, credentials.wgf, headers["x-timestamp"]);
  } else headers.authorization = credentials.chargeAfterAuthorization;
  const response = await fetch(`${baseUrl}${delivery.path}`, { method: "POST", headers, body: delivery.body });
  const answer = (await response.json()) as { deliveryId?: string };
  return response.status === 200 && answer.deliveryId ? answer.deliveryId : null;
}
