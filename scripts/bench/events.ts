// Events section (issues 14 and 16): (1) outbound events delivered per second to a local
// receiver, beside the app's own sender posting from this process without queue or database;
// (2) the receivers' capacity, then signed deliveries at 80 % of it for BENCH_DURATION s, some
// approving carts made through the Shop API, measuring at the same time (a) receipt-to-applied
// p50/p99, (b) approval answer → order.created at the shop p50/p99, (c) list pages p95, and
// (d) the backlog left when the load ends.
import { changeEventEndpoint } from "../../lib/events/change-event-endpoint";
import { createEventEndpoint } from "../../lib/events/create-event-endpoint";
import { withAppDatabase } from "./app-db";
import { cpuBudget, type CpuBudget } from "./cpu-budget";
import { waitForDrain } from "./deliveries";
import { startEventReceiver, type EventReceiver } from "./event-receiver";
import { measureEventThroughput, SENDER_CONCURRENCY } from "./event-throughput";
import {
  appliedLatency,
  APPROVAL_EVERY,
  backlogAfterLoad,
  deliveryMix,
  orderEventLatency,
  timePagesUntil,
  type Answered,
} from "./events-load";
import { runLoad } from "./load";
import { pacedPosts } from "./paced-posts";
import { wgfPostbacks } from "./payloads";
import type { Section, SectionContext } from "./section";
import { createCarts, createShopKey } from "./shop-carts";
import { signIn } from "./sign-in";
import { fixed, table } from "./table";

export const EVENTS_GOAL = { share: 0.8, appliedP99Ms: 2000, orderEventP99Ms: 2000, pageP95Ms: 300, drainMs: 2000 };
const BACKLOG_EVENTS = Number(process.env.BENCH_EVENTS ?? 2000);
const ACTOR = { id: null, email: "bench" };

async function addEndpoint(context: SectionContext, receiver: EventReceiver, path: string, eventTypes: string[]) {
  const created = await withAppDatabase(context.db, () =>
    createEventEndpoint({ url: `${receiver.url}${path}`, eventTypes }, ACTOR),
  );
  receiver.setSecret(path, created.secret);
  return { path, secret: created.secret, url: created.url };
}

/** The WeGetFinancing receiver at full speed, as the ingest section measures it (shorter). */
async function receiverCapacity({ appPid, baseUrl, config, credentials, db, log }: SectionContext) {
  const target = {
    method: "POST" as const,
    path: "/api/postbacks/wegetfinancing",
    build: wgfPostbacks(`${config.runId}c`, credentials.wgf),
  };
  if (config.warmupRequests > 0) {
    await runLoad(baseUrl, target, { connections: config.connections, amount: config.warmupRequests });
    // The CPU budget below counts what the applier did during the burst: start with none waiting.
    await waitForDrain(db, new Date(Date.now() - 120_000), config.drainTimeoutSeconds * 1000);
  }
  const since = new Date();
  const seconds = Math.min(config.durationSeconds, 5);
  log(`events: receivers' capacity: ${config.connections} connections for ${seconds} s`);
  const budget = cpuBudget(appPid);
  const load = await runLoad(baseUrl, target, { connections: config.connections, durationSeconds: seconds });
  budget.burstDone();
  log("events: waiting for the applier to apply that burst before the sustained load");
  const drain = await waitForDrain(db, new Date(since.getTime() - 60_000), config.drainTimeoutSeconds * 1000);
  const cpu: CpuBudget | null = budget.drainDone(load.responses2xx, drain.waitingAtStart);
  return { load, drain, cpu };
}

export const eventsSection: Section = async (context) => {
  const { baseUrl, config, credentials, db, log } = context;
  const failures: string[] = [];
  const timeoutMs = config.drainTimeoutSeconds * 1000;
  const receiver = await startEventReceiver(["/shop"]);
  try {
    // 1. Throughput of the outbox, queue and sender.
    const all = await addEndpoint(context, receiver, "/all", []);
    receiver.setSecret("/ceiling", all.secret);
    log(`events: ${BACKLOG_EVENTS} events to ${all.url} (the ceiling first: the same posts from this process)`);
    const throughput = await measureEventThroughput(
      db,
      receiver,
      { backlog: all, ceiling: { path: "/ceiling", secret: all.secret } },
      { runId: config.runId, count: BACKLOG_EVENTS, timeoutMs },
    );
    if (!throughput.finished) failures.push(`only ${throughput.received} of ${BACKLOG_EVENTS} backlog events arrived`);
    if (throughput.ceiling.failed) failures.push(`${throughput.ceiling.failed} ceiling posts failed`);
    // The shop below takes order.created only; the load's status changes would otherwise queue here too.
    await withAppDatabase(db, () => changeEventEndpoint({ url: all.url }, "remove", ACTOR));
    await addEndpoint(context, receiver, "/shop", ["order.created"]);

    // 2. The receivers' capacity, then 80 % of it with carts approved among the deliveries.
    const capacity = await receiverCapacity(context);
    if (!capacity.drain.finished) failures.push("the applier did not apply the capacity burst in time");
    const perSecond = Math.max(1, Math.round(capacity.load.requestsPerSecond * EVENTS_GOAL.share));
    const cartCount = Math.ceil((perSecond * config.durationSeconds) / APPROVAL_EVERY) + 10;
    log(`events: ${cartCount} carts through POST /api/v1/financing-requests`);
    const key = await createShopKey(db, config.runId);
    const checkouts = await createCarts(baseUrl, key, { runId: config.runId, count: cartCount, concurrency: 8 });
    failures.push(...checkouts.failures.slice(0, 5).map((f) => `cart not created: ${f}`));

    const cookie = await signIn(baseUrl, credentials.admin);
    let warmRounds = 0;
    await timePagesUntil(baseUrl, cookie, () => warmRounds++ >= 2); // two rounds warm the caches

    log(`events: ${perSecond} deliveries/s for ${config.durationSeconds} s, 1 in ${APPROVAL_EVERY} approving a cart`);
    const answered: Answered[] = [];
    let loading = true;
    const loadFrom = new Date();
    const pagesRun = timePagesUntil(baseUrl, cookie, () => !loading);
    const load = await pacedPosts(baseUrl, {
      perSecond,
      seconds: config.durationSeconds,
      connections: config.connections,
      next: deliveryMix(config.runId, credentials, checkouts.carts, answered),
    }).finally(() => (loading = false));
    const loadTo = new Date();
    const endedAt = Date.now();
    const backlog = await backlogAfterLoad(db, endedAt, EVENTS_GOAL.drainMs, timeoutMs);
    const pages = await pagesRun;
    const applied = await appliedLatency(db, loadFrom, loadTo);
    const orders = await orderEventLatency(receiver, answered, 60_000);

    const non2xx = Object.entries(load.statusCodes).filter(([code]) => !code.startsWith("2"));
    if (non2xx.length || load.errors)
      failures.push(`load: ${JSON.stringify(Object.fromEntries(non2xx))} non-2xx, ${load.errors} errors`);
    if (orders.refused) failures.push(`${orders.refused} cart approvals were not answered 200`);
    if (orders.missing) failures.push(`${orders.missing} order.created events never reached the shop`);
    if (orders.twice) failures.push(`${orders.twice} carts got order.created under two webhook-ids`);
    if (receiver.stats.badSignatures) failures.push(`${receiver.stats.badSignatures} events failed verification`);
    for (const page of pages) if (page.non200.length) failures.push(`${page.page}: HTTP ${page.non200.join(", ")}`);

    const met = (ok: boolean) => (ok ? "met" : "NOT met");
    const below = (value: number | null, goal: number) => met(value !== null && value < goal);
    const goals = {
      applied: below(applied.p99Ms, EVENTS_GOAL.appliedP99Ms),
      orders: below(orders.p99, EVENTS_GOAL.orderEventP99Ms) === "met" && !orders.missing ? "met" : "NOT met",
      backlog: met(backlog.afterGrace === 0),
    };
    const lines = [
      `(1) events delivered: ${throughput.received}/${BACKLOG_EVENTS} in ${fixed(throughput.seconds, 2)} s = ${fixed(throughput.eventsPerSecond)} events/s ` +
        `(first after ${fixed(throughput.firstArrivalMs, 0)} ms); ceiling (the app's sender from this process, ${SENDER_CONCURRENCY} in flight, no queue or database): ` +
        `${fixed(throughput.ceiling.eventsPerSecond)} events/s -> ratio ${fixed(throughput.ratio, 2)}`,
      `(2) receivers' capacity (POST /api/postbacks/wegetfinancing, ${config.connections} connections): ${fixed(capacity.load.requestsPerSecond)} req/s, p99 ${fixed(capacity.load.latencyP99Ms)} ms; ` +
        `applier drained the burst at ${fixed(capacity.drain.appliedPerSecond)} deliveries/s`,
      ...(capacity.cpu
        ? [
            `    CPU per delivery (app processes + PostgreSQL): receiving ${fixed(capacity.cpu.receiveMs, 2)} ms (+ ${fixed(capacity.cpu.loadGeneratorMs, 2)} ms in the load generator), ` +
              `applying ${fixed(capacity.cpu.applyMs, 2)} ms; ${capacity.cpu.cores} cores can receive and apply at most ${fixed(capacity.cpu.sustainablePerSecond)}/s ` +
              `(ceiling), so ${perSecond}/s is ${fixed(perSecond / capacity.cpu.sustainablePerSecond, 2)} of it, before any page is rendered`,
          ]
        : []),
      `    sustained load: target ${perSecond}/s (${EVENTS_GOAL.share * 100} %), sent ${load.sent} in ${fixed(load.seconds, 1)} s = ${fixed(load.perSecond)}/s ` +
        `(${fixed(load.perSecond / capacity.load.requestsPerSecond, 2)} of capacity), answers p50 ${fixed(load.latencyMs.p50)} / p99 ${fixed(load.latencyMs.p99)} ms, ` +
        `status ${JSON.stringify(load.statusCodes)}; ${orders.approvals} cart approvals (${checkouts.carts.length} carts made in ${fixed(checkouts.seconds, 1)} s)`,
      "",
      ...table(
        ["figure (during the load)", "p50", "p99 / p95 / value", "goal", "result"],
        [
          [
            `(a) receipt -> applied, ${applied.deliveries} deliveries`,
            `${fixed(applied.p50Ms, 0)} ms`,
            `p99 ${fixed(applied.p99Ms, 0)} ms`,
            `p99 < ${EVENTS_GOAL.appliedP99Ms} ms`,
            goals.applied,
          ],
          [
            `(b) approval answer -> order.created, ${orders.count}`,
            `${fixed(orders.p50, 0)} ms`,
            `p99 ${fixed(orders.p99, 0)} ms`,
            `p99 < ${EVENTS_GOAL.orderEventP99Ms} ms`,
            goals.orders,
          ],
          ...pages.map((p) => [
            `(c) ${p.page}, ${p.count} loads`,
            `${fixed(p.p50, 0)} ms`,
            `p95 ${fixed(p.p95, 0)} ms`,
            `p95 < ${EVENTS_GOAL.pageP95Ms} ms`,
            below(p.p95, EVENTS_GOAL.pageP95Ms),
          ]),
          [
            `(d) RECEIVED left: ${backlog.atEnd} at the end`,
            "",
            `${backlog.afterGrace} after ${EVENTS_GOAL.drainMs / 1000} s`,
            `0 within ${EVENTS_GOAL.drainMs / 1000} s`,
            goals.backlog,
          ],
        ],
      ),
      `    backlog ${backlog.drained ? `gone ${fixed(backlog.drainedAfterSeconds, 1)} s after the load` : "NOT gone"}; ` +
        `${applied.notProcessed} deliveries of the load not processed; order.created missing ${orders.missing}, under two ids ${orders.twice}; ` +
        `signatures verified ${receiver.stats.verified}, bad ${receiver.stats.badSignatures}, repeats ${receiver.stats.repeats}`,
    ];
    return {
      name: "events",
      lines,
      failures,
      json: {
        goal: EVENTS_GOAL,
        throughput,
        capacity,
        load,
        carts: { made: checkouts.carts.length, seconds: checkouts.seconds, failed: checkouts.failures.length },
        appliedLatency: applied,
        orderCreatedLatency: orders,
        pages,
        backlog,
        receiver: receiver.stats,
        goalsMet: { ...goals, pages: pages.map((p) => below(p.p95, EVENTS_GOAL.pageP95Ms)) },
      },
    };
  } finally {
    await receiver.close();
  }
};
