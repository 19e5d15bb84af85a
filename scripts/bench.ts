// npm run bench — starts the built app as `npm start` does, on a throwaway database, runs
// the benchmark sections in order, prints a summary and writes bench-results/<section>.json.
// Settings: BENCH_DURATION (s per load, default 10), BENCH_CONNECTIONS (50),
// BENCH_WARMUP_REQUESTS (300), BENCH_PORT (first port tried, 3300). With DATABASE_URL set,
// runs on a fresh database on that server, dropped at the end.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import pg from "pg";

import { applierSection } from "./bench/applier";
import { benchConfig, benchCredentials } from "./bench/config";
import { prepareDatabase, type BenchDatabase } from "./bench/database";
import { eventsSection } from "./bench/events";
import { fundingSection } from "./bench/funding";
import { ingestSection } from "./bench/ingest";
import { stopCurrentLoad } from "./bench/load";
import { overviewSection } from "./bench/overview";
import { pagesSection } from "./bench/pages";
import type { Section } from "./bench/section";
import { startServer, stopServer } from "./bench/server";
import { benchWgfApiEnv } from "./bench/shop-carts";

/** Run in this order against one app; later sections see the data earlier ones left. */
const ALL_SECTIONS: Record<string, Section> = {
  ingest: ingestSection,
  applier: applierSection,
  pages: pagesSection,
  funding: fundingSection,
  events: eventsSection,
  overview: overviewSection,
};
// BENCH_SECTIONS=ingest,pages runs only those.
const chosen =
  process.env.BENCH_SECTIONS?.split(",")
    .map((name) => name.trim())
    .filter(Boolean) ?? Object.keys(ALL_SECTIONS);
for (const name of chosen)
  if (!ALL_SECTIONS[name])
    throw new Error(`BENCH_SECTIONS: unknown section "${name}" (known: ${Object.keys(ALL_SECTIONS).join(", ")})`);
const SECTIONS: Section[] = chosen.map((name) => ALL_SECTIONS[name]!);

const root = process.cwd();
const resultsDir = path.join(root, "bench-results");
const say = (line: string) => console.log(`[bench] ${line}`);
const server = (line: string) => console.log(`  [app] ${line}`);

let database: BenchDatabase | undefined;
let db: pg.Client | undefined;
let cleaning: Promise<void> | undefined;

/** Stops the app (and with it its PostgreSQL), then removes what this run created. Runs once. */
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    await db?.end().catch(() => {});
    say("stopping the app");
    await stopServer().catch((error) => say(`stopping the app: ${(error as Error).message}`));
    if (database) {
      await database.cleanup().catch((error) => say(`removing the benchmark database: ${(error as Error).message}`));
      say(`removed ${database.describe}`);
    }
  })();
  return cleaning;
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    say(`${signal}: stopping`);
    stopCurrentLoad();
    void cleanup().finally(() => process.exit(130));
  });
}

async function main(): Promise<number> {
  const config = benchConfig();
  const credentials = benchCredentials(config.runId);
  database = await prepareDatabase(config.runId, say);
  say(
    `run ${config.runId}: ${os.cpus().length} CPUs, Node ${process.version}, load average ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")}`,
  );
  say(`database: ${database.describe}`);

  say("starting the app (npm start: builds first when sources changed)");
  const app = await startServer({
    root,
    firstPort: config.port,
    startTimeoutMs: config.startTimeoutSeconds * 1000,
    log: server,
    env: {
      ...database.serverEnv,
      NODE_ENV: "production",
      WGF_USERNAME: credentials.wgf.username,
      WGF_PASSWORD: credentials.wgf.password,
      // One signing pair, as most merchants run: the API credentials sign postbacks.
      WGF_POSTBACK_USERNAME: undefined,
      WGF_POSTBACK_PASSWORD: undefined,
      WGF_POSTBACK_USERNAME_PREVIOUS: undefined,
      WGF_POSTBACK_PASSWORD_PREVIOUS: undefined,
      WGF_SIGNATURE_TOLERANCE_SECONDS: undefined,
      CHARGEAFTER_WEBHOOK_AUTHORIZATION: credentials.chargeAfterAuthorization,
      CHARGEAFTER_WEBHOOK_AUTHORIZATION_PREVIOUS: undefined,
      ADMIN_EMAIL: credentials.admin.email,
      ADMIN_PASSWORD: credentials.admin.password,
      // Create Request (the events section's shop checkouts) goes to a fake WeGetFinancing API.
      ...(await benchWgfApiEnv(credentials.wgf)),
    },
  });
  say(`app healthy on ${app.baseUrl} (pid ${app.pid})`);

  db = new pg.Client({ connectionString: database.connectionString() });
  await db.connect();

  const failures: string[] = [];
  mkdirSync(resultsDir, { recursive: true });
  for (const section of SECTIONS) {
    const result = await section({
      baseUrl: app.baseUrl,
      appPid: app.pid,
      config,
      credentials,
      db,
      databaseDescription: database.describe,
      log: say,
    });
    const file = path.join(resultsDir, `${result.name}.json`);
    const json = {
      section: result.name,
      generatedAt: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
      },
      settings: {
        durationSeconds: config.durationSeconds,
        connections: config.connections,
        warmupRequests: config.warmupRequests,
        database: database.describe,
      },
      ...result.json,
      summary: result.lines,
      failures: result.failures,
    };
    writeFileSync(file, JSON.stringify(json, null, 2) + "\n");
    console.log(`\n== ${result.name} (${config.durationSeconds} s per load, ${config.connections} connections) ==`);
    for (const line of result.lines) console.log(line);
    console.log(`(written to ${path.relative(root, file)})\n`);
    failures.push(...result.failures.map((f) => `${result.name}: ${f}`));
  }

  if (failures.length) {
    console.error("[bench] FAILED:");
    for (const failure of failures) console.error(`  - ${failure}`);
    return 1;
  }
  return 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(`[bench] ${(error as Error).stack ?? error}`);
  code = 1;
} finally {
  await cleanup();
}
process.exit(code);
