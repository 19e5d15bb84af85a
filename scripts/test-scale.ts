// npm run test:scale — three instances behind Debian's nginx on Debian's PostgreSQL 15:
// signed provider traffic through nginx while one instance is SIGKILLed and started again,
// then every acknowledged delivery stored and applied, one order per approved cart, no
// outbound event lost, sessions across instances, scheduled jobs once per tick, a sync's
// progress from any instance and the real client address. Builds first when needed; the
// test itself is bounded (TEST_TIMEOUT_MS); every child is stopped on exit or failure.
// Ports 3700 (nginx), 3701–3703 (instances), SCALE_PG_PORT (55440) for PostgreSQL.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";

import { needsBuild } from "../lib/config/needs-build";
import { guideBody } from "../test/shop-api-body";
import { signIn } from "./bench/sign-in";
import {
  acknowledgedStoredAndApplied,
  everyEventDelivered,
  oneOrderPerCart,
  realClientAddress,
  scheduledOnce,
} from "./scale/checks";
import { onFinalExit, startChild, stopAllChildren } from "./scale/children";
import { failedSignInFromClient, postbackFromClient } from "./scale/client-address";
import { ADMIN, NGINX_URL, startCluster, SYNC_RANGE, type Cluster } from "./scale/cluster";
import type { Instance } from "./scale/instances";
import { runningSyncShown } from "./scale/sync-progress";
import { buildTraffic, sendAll, type Cart } from "./scale/traffic";
import { sleep } from "./support/child-output";

const ROOT = path.resolve(import.meta.dirname, "..");
const TEST_TIMEOUT_MS = 5 * 60_000;
const t0 = Date.now();
const say = (line: string) =>
  console.log(`[test:scale ${String(Math.round((Date.now() - t0) / 1000)).padStart(3)} s] ${line}`);
// An instance whose job runner did not start would send no events and run no schedule.
const jobsNotStarted: string[] = [];
const clusterLog = (line: string) => {
  if (/"component":"jobs".*could not start/.test(line)) jobsNotStarted.push(line);
  say(line);
};
const quiet = (line: string) => {
  if (/error|fatal|warn|refused|exited/i.test(line)) console.log(`  | ${line}`);
};

const results: { name: string; problem: string | null }[] = [];
function record(name: string, problem: string | null) {
  results.push({ name, problem });
  say(`${problem ? "FAIL" : "ok"}: ${name}${problem ? ` — ${problem}` : ""}`);
}

const dir = mkdtempSync(path.join(tmpdir(), "scale-"));
onFinalExit(() => rmSync(dir, { recursive: true, force: true }));
let cluster: Cluster | undefined;
let pool: pg.Pool | undefined;
async function finish(code: number): Promise<never> {
  await pool?.end().catch(() => {});
  await cluster?.stop().catch(() => {});
  await stopAllChildren();
  const failed = results.filter((r) => r.problem).length + (code && !results.some((r) => r.problem) ? 1 : 0);
  console.log(`${results.length - results.filter((r) => r.problem).length} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    say(`${signal}: stopping`);
    void finish(1);
  });

if (needsBuild(ROOT)) {
  say("Building the dashboard once (next build)…");
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) {
    say("the build failed; see above");
    await finish(1);
  }
}
const timer = setTimeout(() => {
  say(`FAIL: not finished within ${TEST_TIMEOUT_MS / 1000} s`);
  void finish(1);
}, TEST_TIMEOUT_MS);
timer.unref();

try {
  const started = Date.now();
  cluster = await startCluster({
    root: ROOT,
    dir,
    pgPort: Number(process.env.SCALE_PG_PORT ?? 55440),
    log: clusterLog,
  });
  pool = new pg.Pool({ connectionString: cluster.env.DATABASE_URL, max: 3 });
  const [first, second] = cluster.instances as [Instance, Instance];

  // Carts through the Shop API, each with its Idempotency-Key (safe to send again).
  const carts: Cart[] = [];
  for (let i = 0; i < 12; i++) {
    const merchantTransactionId = `SCALE-${randomUUID().slice(0, 8)}-${i}`;
    for (let tries = 0; tries < 3; tries++) {
      const response = await fetch(`${NGINX_URL}/api/v1/financing-requests`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${cluster.shopKey}`,
          "content-type": "application/json",
          "idempotency-key": merchantTransactionId,
        },
        body: JSON.stringify(guideBody({ merchant_transaction_id: merchantTransactionId })),
      });
      const answer = (await response.json()) as { requestToken: string; amount: string };
      if (response.status === 201) {
        carts.push({ merchantTransactionId, requestToken: answer.requestToken, amount: answer.amount });
        break;
      }
      say(`Shop API answered ${response.status}: ${JSON.stringify(answer).slice(0, 200)}`);
    }
  }
  record(`12 carts created through the Shop API via nginx`, carts.length === 12 ? null : `${carts.length} created`);

  // A session signed in through nginx, used all along (also while an instance is down).
  const cookie = await signIn(NGINX_URL, ADMIN);
  const sessionAnswers: number[] = [];
  let sessionLoop = true;
  const sessionRun = (async () => {
    for (let n = 0; sessionLoop; n++) {
      const response = await fetch(`${NGINX_URL}/applications?probe=session-${n}`, {
        headers: { cookie },
        redirect: "manual",
      }).catch(() => null);
      await response?.body?.cancel();
      sessionAnswers.push(response?.status ?? 0);
      await sleep(400);
    }
  })();

  // A funding sync started from the command line (another process); its progress from two instances.
  const sync = startChild(
    "funding sync",
    process.execPath,
    ["--import", "tsx", "scripts/funding-sync.ts", "--from", SYNC_RANGE.from, "--to", SYNC_RANGE.to],
    {
      cwd: ROOT,
      env: { ...process.env, ...cluster.env },
      log: quiet,
    },
  );
  const syncSeen = (async () => {
    const seen = new Map<string, string>();
    for (const deadline = Date.now() + 60_000; seen.size < 2 && Date.now() < deadline; await sleep(300)) {
      for (const one of [first, second]) {
        const shown = await runningSyncShown(one.url, cookie).catch(() => null);
        if (shown?.includes(`${SYNC_RANGE.from} to ${SYNC_RANGE.to}`)) seen.set(one.url, shown);
      }
      if (!sync.running() && seen.size < 2) break;
    }
    return seen;
  })();

  // Traffic, with instance 2 SIGKILLed a third of the way and started again.
  const deliveries = buildTraffic(randomUUID().slice(0, 8), 150, carts);
  let restart: Promise<void> | undefined;
  const sent = await sendAll(NGINX_URL, deliveries, {
    concurrency: 8,
    tries: 8,
    progress: (done) => {
      if (done === Math.floor(deliveries.length / 3)) {
        say(`SIGKILL instance ${second.port} after ${done} of ${deliveries.length} deliveries`);
        restart = second
          .kill()
          .then(() => second.start())
          .then(() => say(`instance ${second.port} is back`));
      }
    },
  });
  await restart;
  const acked = sent.attempts.filter((a) => typeof a.status === "number" && a.status < 300).length;
  say(`${deliveries.length} deliveries sent in ${sent.attempts.length} attempts, ${acked} acknowledged`);
  record(
    "every delivery acknowledged in the end (providers retry)",
    sent.unacknowledged.length ? `${sent.unacknowledged.length} never acknowledged` : null,
  );

  const seen = await syncSeen;
  record(
    "a running sync's progress shown by two instances",
    seen.size === 2 ? null : `shown by ${seen.size} instance(s): ${[...seen.values()].join(" / ") || "none"}`,
  );

  // The client address, from 127.0.0.2 with a forged X-Forwarded-For.
  const tag = randomUUID();
  const statuses = [await postbackFromClient(NGINX_URL, tag), await failedSignInFromClient(NGINX_URL, ADMIN.email)];
  say(`from 127.0.0.2: postback ${statuses[0]}, failed sign-in ${statuses[1]}`);

  record("every acknowledged delivery stored and applied", await acknowledgedStoredAndApplied(pool, sent.attempts));
  record("exactly one order per approved cart", await oneOrderPerCart(pool, carts));
  record(
    "no outbound event lost; repeats keep their webhook-id",
    await everyEventDelivered(pool, cluster.receiver.received),
  );
  record(
    "the real client address with TRUST_PROXY_HOPS=1 (not nginx's, not the forged one)",
    await realClientAddress(pool, tag),
  );

  sessionLoop = false;
  await sessionRun;
  const served = new Set(
    cluster.nginx
      .accessLog()
      .filter((line) => line.includes("probe=session-"))
      .map((line) => /" \d{3} (.+) \S+$/.exec(line)?.[1]),
  );
  const notOk = sessionAnswers.filter((status) => status !== 200);
  record(
    `the session signed in through nginx works on every instance (${sessionAnswers.length} requests)`,
    notOk.length ? `answers ${notOk.join(",")}` : served.size < 2 ? `served by ${[...served].join(", ")} only` : null,
  );
  record(
    "every instance started its job runner (three starting at once on a fresh database)",
    jobsNotStarted.length ? jobsNotStarted.join("\n") : null,
  );
  const scheduled = await scheduledOnce(pool);
  record(`the scheduled funding sync ran once per tick (${scheduled.runs} runs)`, scheduled.problem);
  say(`done in ${Math.round((Date.now() - started) / 1000)} s`);
} catch (error) {
  record("the scale test ran to the end", (error as Error).stack ?? String(error));
}
await finish(0);
