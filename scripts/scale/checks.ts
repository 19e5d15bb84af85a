// What the scale test asserts, each read from the database (or the receiver) once the
// instances have settled. Each check returns null when it holds, or what went wrong.
import type pg from "pg";

import { sleep } from "../support/child-output";
import { CLIENT_ADDRESS, FORGED_ADDRESS } from "./client-address";
import type { ReceivedEvent } from "./event-receiver";
import type { Attempt, Cart } from "./traffic";

/** Polls `query` until `done(rows)` or the time is up; answers the last rows. */
export async function settle<T extends pg.QueryResultRow>(
  pool: pg.Pool,
  sql: string,
  done: (rows: T[]) => boolean,
  timeoutMs: number,
): Promise<T[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await pool.query<T>(sql);
    if (done(rows) || Date.now() > deadline) return rows;
    await sleep(1_000);
  }
}

export async function acknowledgedStoredAndApplied(pool: pg.Pool, attempts: Attempt[]): Promise<string | null> {
  const acked = attempts.filter((a) => typeof a.status === "number" && a.status >= 200 && a.status < 300);
  const rows = await settle<{ tag: string; processing: string }>(
    pool,
    `SELECT headers->>'x-scale-attempt' AS tag, processing::text FROM "Delivery" WHERE headers ? 'x-scale-attempt'`,
    (rows) => rows.every((row) => row.processing !== "RECEIVED"),
    90_000,
  );
  const stored = new Map(rows.map((row) => [row.tag, row.processing]));
  const missing = acked.filter((a) => !stored.has(a.tag));
  const unapplied = acked.filter((a) => !["APPLIED", "DUPLICATE"].includes(stored.get(a.tag) ?? "APPLIED"));
  if (missing.length) return `${missing.length} of ${acked.length} acknowledged deliveries not stored`;
  if (unapplied.length)
    return `${unapplied.length} acknowledged deliveries not applied: ${unapplied
      .slice(0, 3)
      .map((a) => `${a.kind} ${stored.get(a.tag)}`)
      .join(", ")}`;
  return acked.length ? null : "no delivery was acknowledged";
}

export async function oneOrderPerCart(pool: pg.Pool, carts: Cart[]): Promise<string | null> {
  const ids = carts.map((cart) => cart.merchantTransactionId);
  const rows = await settle<{ id: string; orders: number }>(
    pool,
    `SELECT c.id, (SELECT count(*)::int FROM "Order" o WHERE o."merchantTransactionId" = c.id) AS orders
     FROM unnest(ARRAY[${ids.map((id) => `'${id.replace(/'/g, "''")}'`).join(",")}]::text[]) AS c(id)`,
    (rows) => rows.every((row) => row.orders === 1),
    30_000,
  );
  const wrong = rows.filter((row) => row.orders !== 1);
  return wrong.length ? `orders per cart: ${wrong.map((row) => `${row.id}=${row.orders}`).join(", ")}` : null;
}

/** The event types the shop's endpoint takes (the funding sync's thousands of record events are left out). */
export const ENDPOINT_EVENTS = ["order.created", "order.cancelled", "application.status_changed", "delivery.failed"];

export async function everyEventDelivered(pool: pg.Pool, received: ReceivedEvent[]): Promise<string | null> {
  const rows = await settle<{ id: string; status: string | null }>(
    pool,
    `SELECT e.id, d.status::text FROM "OutboundEvent" e LEFT JOIN "EventDelivery" d ON d."eventId" = e.id
     WHERE e.type IN (${ENDPOINT_EVENTS.map((type) => `'${type}'`).join(", ")})`,
    (rows) => rows.every((row) => row.status === "SUCCEEDED"),
    120_000,
  );
  if (!rows.length) return "no outbound event was recorded";
  const notSent = rows.filter((row) => row.status !== "SUCCEEDED");
  if (notSent.length) {
    // What the stuck delivery and its queue jobs look like, for whoever reads the failure.
    const { rows: detail } = await pool.query(
      `SELECT d.id, d.status, d."attemptCount", d."nextAttemptAt", d."lastError",
         (SELECT json_agg(json_build_object('state', j.state, 'key', j.singleton_key, 'created', j.created_on))
          FROM pgboss.job j WHERE j.data->>'deliveryId' = d.id::text) AS jobs
       FROM "EventDelivery" d WHERE d."eventId" = $1`,
      [notSent[0]!.id],
    );
    return `${notSent.length} of ${rows.length} events not delivered: ${JSON.stringify(detail[0] ?? "no delivery row")}`;
  }
  const answered = new Set(received.filter((r) => r.answered === 200).map((r) => r.webhookId));
  const lost = rows.filter((row) => !answered.has(row.id));
  if (lost.length) return `${lost.length} events marked sent never reached the receiver with a 200`;
  const known = new Set(rows.map((row) => row.id));
  const stranger = received.find((r) => !known.has(r.webhookId));
  if (stranger) return `the receiver got webhook-id ${stranger.webhookId}, which is no recorded event`;
  // A repeat carries the same webhook-id and the same event: never a new id for an old event.
  const bodyOf = new Map<string, string>();
  const idOf = new Map<string, string>();
  for (const r of received) {
    const event = JSON.parse(r.body) as { id: string; type: string; data: unknown };
    if (event.id !== r.webhookId) return `webhook-id ${r.webhookId} carried event ${event.id}`;
    if (bodyOf.has(r.webhookId) && bodyOf.get(r.webhookId) !== r.body)
      return `webhook-id ${r.webhookId} sent with two bodies`;
    bodyOf.set(r.webhookId, r.body);
    const content = `${event.type} ${JSON.stringify(event.data)}`;
    if (idOf.has(content) && idOf.get(content) !== r.webhookId)
      return `one event sent under two ids: ${content.slice(0, 80)}`;
    idOf.set(content, r.webhookId);
  }
  return null;
}

/** The scheduled funding sync (every minute in the test): each tick ran once across the instances. */
export async function scheduledOnce(pool: pg.Pool): Promise<{ problem: string | null; runs: number }> {
  const rows = await settle<{ startedAt: Date; outcome: string }>(
    pool,
    `SELECT "startedAt", outcome::text FROM "JobRun" WHERE job = 'funding-sync' ORDER BY "startedAt"`,
    (rows) => rows.some((row) => row.outcome === "OK"),
    100_000,
  );
  if (!rows.some((row) => row.outcome === "OK"))
    return { problem: "no scheduled funding sync ran OK", runs: rows.length };
  // pg-boss fires each minute's tick once; two runs of one tick would start seconds apart.
  for (let i = 1; i < rows.length; i++) {
    const gap = rows[i]!.startedAt.getTime() - rows[i - 1]!.startedAt.getTime();
    if (gap < 30_000) return { problem: `two runs ${gap} ms apart (one tick ran twice)`, runs: rows.length };
  }
  return { problem: null, runs: rows.length };
}

export async function realClientAddress(pool: pg.Pool, tag: string): Promise<string | null> {
  const { rows } = await pool.query<{ remoteAddress: string | null }>(
    `SELECT "remoteAddress" FROM "Delivery" WHERE headers->>'x-scale-attempt' = $1`,
    [tag],
  );
  if (rows[0]?.remoteAddress !== CLIENT_ADDRESS)
    return `the delivery recorded ${rows[0]?.remoteAddress ?? "no row"}, not ${CLIENT_ADDRESS}`;
  const keys = (await pool.query<{ key: string }>(`SELECT key FROM "SignInThrottle"`)).rows.map((row) => row.key);
  if (!keys.includes(`ip:${CLIENT_ADDRESS}`))
    return `the sign-in throttle has no ip:${CLIENT_ADDRESS} (has ${keys.join(", ")})`;
  if (keys.some((key) => key.includes(FORGED_ADDRESS)))
    return `the sign-in throttle believed the forged ${FORGED_ADDRESS}`;
  return null;
}
