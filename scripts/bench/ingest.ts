// Ingest section: how fast the two receivers take deliveries compared with a route that
// touches no database, and how fast the out-of-band applier then applies them.
import os from "node:os";

import { cpuShare, cpuSnapshot, type CpuShare } from "./cpu";
import { deliveryCounts, waitForDrain, type DeliveryCounts } from "./deliveries";
import { runLoad, type LoadResult, type LoadTarget, type RequestParams } from "./load";
import { chargeAfterWebhooks, wgfPostbacks } from "./payloads";
import type { Section } from "./section";
import { fixed, table } from "./table";

export const INGEST_GOAL = { minRatio: 0.65, maxP99Ms: 100 } as const;

type Route = {
  key: "ceiling" | "wegetfinancing" | "chargeafter";
  label: string;
  target: LoadTarget;
  receiver: boolean;
};

type RouteResult = LoadResult & {
  route: string;
  loadAverageBefore: number[];
  /** Percent of one core used during the measured load (200 = both cores of a 2-core machine). */
  cpu: CpuShare | null;
  /** Ingest / ceiling requests per second (receivers only). */
  ratio?: number;
  goalMet?: boolean;
  /** Deliveries of this run still waiting to be applied when this load ended. */
  waitingAfterLoad?: number;
};

export const ingestSection: Section = async (context) => {
  const { config, credentials, log } = context;
  const since = new Date(Date.now() - 1000);
  const routes: Route[] = [
    {
      key: "ceiling",
      label: "GET /api/health/live (ceiling)",
      receiver: false,
      target: { method: "GET", path: "/api/health/live" },
    },
    {
      key: "wegetfinancing",
      label: "POST /api/postbacks/wegetfinancing",
      receiver: true,
      target: {
        method: "POST",
        path: "/api/postbacks/wegetfinancing",
        build: wgfPostbacks(config.runId, credentials.wgf),
      },
    },
    {
      key: "chargeafter",
      label: "POST /api/webhooks/chargeafter",
      receiver: true,
      target: {
        method: "POST",
        path: "/api/webhooks/chargeafter",
        build: chargeAfterWebhooks(config.runId, credentials.chargeAfterAuthorization),
      },
    },
  ];

  const failures: string[] = [];
  const results: Partial<Record<Route["key"], RouteResult>> = {};
  const samples: Record<string, unknown> = {};
  for (const route of routes) {
    if (route.receiver) {
      const sample = await sampleAnswer(context.baseUrl, route.target);
      samples[route.key] = sample;
      if (!sample.ok)
        failures.push(
          `${route.label}: sample answer was ${sample.status} ${JSON.stringify(sample.body)}, expected 200 with duplicate:false`,
        );
    }
    log(`warming up ${route.label} (${config.warmupRequests} requests)`);
    if (config.warmupRequests > 0)
      await runLoad(context.baseUrl, route.target, { connections: config.connections, amount: config.warmupRequests });
    const loadAverageBefore = os.loadavg().map((n) => Number(n.toFixed(2)));
    log(
      `measuring ${route.label}: ${config.connections} connections for ${config.durationSeconds} s (load average ${loadAverageBefore.join(" ")})`,
    );
    const cpuBefore = cpuSnapshot(context.appPid);
    const load = await runLoad(context.baseUrl, route.target, {
      connections: config.connections,
      durationSeconds: config.durationSeconds,
    });
    const cpu = cpuShare(cpuBefore, cpuSnapshot(context.appPid));
    const result: RouteResult = { route: route.label, loadAverageBefore, cpu, ...load };
    if (route.receiver) result.waitingAfterLoad = (await deliveryCounts(context.db, since)).byProcessing.RECEIVED ?? 0;
    results[route.key] = result;
    if (load.non2xx || load.errors || load.timeouts) {
      failures.push(
        `${route.label}: ${load.non2xx} non-2xx (${JSON.stringify(load.statusCodes)}), ${load.errors} errors, ${load.timeouts} timeouts`,
      );
    }
  }

  const ceiling = results.ceiling!;
  for (const key of ["wegetfinancing", "chargeafter"] as const) {
    const result = results[key]!;
    result.ratio = ceiling.requestsPerSecond > 0 ? result.requestsPerSecond / ceiling.requestsPerSecond : 0;
    result.goalMet = result.ratio >= INGEST_GOAL.minRatio && result.latencyP99Ms < INGEST_GOAL.maxP99Ms;
  }

  log(`waiting for the applier to apply every stored delivery (up to ${config.drainTimeoutSeconds} s)`);
  const cpuBeforeDrain = cpuSnapshot(context.appPid);
  const drain = await waitForDrain(context.db, since, config.drainTimeoutSeconds * 1000);
  const drainCpu = cpuShare(cpuBeforeDrain, cpuSnapshot(context.appPid));
  const notApplied = Object.entries(drain.final.byProcessing).filter(([state]) => state !== "APPLIED");
  if (!drain.finished)
    failures.push(
      `the applier did not finish within ${config.drainTimeoutSeconds} s: ${drain.final.byProcessing.RECEIVED} deliveries still RECEIVED`,
    );
  if (notApplied.length) failures.push(`not every delivery ended APPLIED: ${JSON.stringify(drain.final.byProcessing)}`);
  const stored = storedPerReceiver(drain.final, routes);

  const lines = [
    ...table(
      [
        "route",
        "req/s",
        "p50 ms",
        "p99 ms",
        "2xx",
        "non-2xx",
        "errors",
        "timeouts",
        "ratio",
        "goal",
        "cpu% app/pg/loadgen",
      ],
      routes.map(({ key }) => {
        const r = results[key]!;
        const goal = r.goalMet === undefined ? "" : r.goalMet ? "met" : "NOT met";
        return [
          r.route,
          fixed(r.requestsPerSecond),
          fixed(r.latencyP50Ms),
          fixed(r.latencyP99Ms),
          r.responses2xx,
          r.non2xx,
          r.errors,
          r.timeouts,
          r.ratio === undefined ? "" : fixed(r.ratio, 2),
          goal,
          cpuText(r.cpu),
        ];
      }),
    ),
    "",
    `goal: ratio >= ${INGEST_GOAL.minRatio} and p99 < ${INGEST_GOAL.maxP99Ms} ms (ratio = receiver req/s / ceiling req/s)`,
    ...(["wegetfinancing", "chargeafter"] as const).map((key) => {
      const r = results[key]!;
      return `  ${key}: ratio ${fixed(r.ratio, 2)}, p99 ${fixed(r.latencyP99Ms)} ms -> ${r.goalMet ? "met" : "NOT met"}; stored ${stored[key]} deliveries (warm-up and sample included); backlog when its load ended: ${r.waitingAfterLoad} RECEIVED`;
    }),
    `applier: ${drain.waitingAtStart} deliveries waiting after the loads, ` +
      (drain.finished
        ? `applied in ${fixed(drain.seconds, 2)} s = ${fixed(drain.appliedPerSecond)} deliveries/s`
        : `NOT finished after ${fixed(drain.seconds, 1)} s`) +
      ` (cpu% app/pg/loadgen ${cpuText(drainCpu)})`,
    `deliveries of this run: ${drain.final.total}, by state ${JSON.stringify(drain.final.byProcessing)} -> ${notApplied.length ? "NOT all APPLIED" : "every one APPLIED"}`,
  ];

  return {
    name: "ingest",
    lines,
    failures,
    json: {
      goal: INGEST_GOAL,
      routes: results,
      samples,
      applier: { ...drain, cpu: drainCpu, storedPerReceiver: stored },
    },
  };
};

const cpuText = (cpu: CpuShare | null) =>
  cpu ? `${cpu.appPercent}/${cpu.postgresPercent ?? "-"}/${cpu.loadGeneratorPercent}` : "-";

function storedPerReceiver(counts: DeliveryCounts, routes: Route[]): Record<string, number> {
  const stored: Record<string, number> = {};
  for (const route of routes.filter((r) => r.receiver)) {
    stored[route.key] = Object.values(counts.byEndpoint[route.target.path] ?? {}).reduce((a, b) => a + b, 0);
  }
  return stored;
}

/** One request built like the load's, sent with fetch: must be 200 with duplicate:false. */
async function sampleAnswer(
  baseUrl: string,
  target: LoadTarget,
): Promise<{ ok: boolean; status: number; body: unknown }> {
  const request: RequestParams = target.build!({ method: target.method, path: target.path, headers: {} });
  const response = await fetch(`${baseUrl}${target.path}`, {
    method: target.method,
    headers: request.headers as Record<string, string>,
    body: request.body as string,
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: reported as text.
  }
  const ok =
    response.status === 200 &&
    typeof body === "object" &&
    body !== null &&
    (body as { duplicate?: unknown }).duplicate === false;
  return { ok, status: response.status, body };
}
