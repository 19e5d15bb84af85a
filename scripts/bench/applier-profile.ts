// The applier alone, for profiling: a throwaway PostgreSQL, N deliveries of the benchmark's mix
// stored as the receivers store them, then applyPendingDeliveries timed, with the database
// round trips counted. Run:
//   node --conditions=react-server --cpu-prof --cpu-prof-dir=/tmp/applier-prof --import tsx scripts/bench/applier-profile.ts
// Settings: APPLIER_PROFILE_N (deliveries, default
// 2000), APPLIER_PROFILE_WORKERS (default 1), APPLIER_PROFILE_TIMINGS=1 (time per statement),
// DATABASE_URL (an existing empty, migrated database instead of a throwaway server).
import pg from "pg";

import { applyMigrations } from "../../lib/db/migrate";
import { startThrowawayPostgres } from "../../lib/db/schema-engine/throwaway-postgres";
import { applierMix, cartParams, INSERT_CARTS_SQL } from "./applier-mix";
import { storeMixSql } from "./applier-store";
import { cpuShare, cpuSnapshot } from "./cpu";

const count = Number(process.env.APPLIER_PROFILE_N ?? 2000);
const workers = Number(process.env.APPLIER_PROFILE_WORKERS ?? 1);

let roundTrips = 0;
const timings = new Map<string, { n: number; ms: number }>();
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  roundTrips++;
  const started = performance.now();
  const result = (query as (...a: unknown[]) => unknown).apply(this, args);
  const text = typeof args[0] === "string" ? args[0] : ((args[0] as { text?: string })?.text ?? "?");
  const key = text.replace(/\s+/g, " ").trim().slice(0, 70);
  if (result instanceof Promise)
    void result
      .finally(() => {
        const t = timings.get(key) ?? { n: 0, ms: 0 };
        t.n++;
        t.ms += performance.now() - started;
        timings.set(key, t);
      })
      .catch(() => {});
  return result;
} as typeof query;

const throwaway = process.env.DATABASE_URL ? undefined : await startThrowawayPostgres();
const url = process.env.DATABASE_URL ?? throwaway!.url;
try {
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  const mix = applierMix("p", count);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(INSERT_CARTS_SQL, cartParams(mix));
  await storeMixSql(client, mix.deliveries);
  await client.end();

  const { applyPendingDeliveries } = await import("../../lib/ingest/apply-pending-deliveries");
  const { disconnectDb, db } = await import("../../lib/db/client");
  await db().$queryRaw`SELECT 1`;
  roundTrips = 0;
  const cpuBefore = cpuSnapshot(process.pid);
  const started = performance.now();
  const applied = await Promise.all(Array.from({ length: workers }, () => applyPendingDeliveries()));
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuShare(cpuBefore, cpuSnapshot(process.pid));
  const states = await db().delivery.groupBy({ by: ["processing"], _count: true, orderBy: { processing: "asc" } });
  const total = states.find((s) => s.processing === "APPLIED")?._count ?? 0;
  const orders = await db().order.count();
  console.log(
    `applied ${total} deliveries with ${workers} worker(s) in ${seconds.toFixed(2)} s = ${(total / seconds).toFixed(0)}/s, ` +
      `${((seconds * 1000) / total).toFixed(2)} ms and ${(roundTrips / total).toFixed(1)} round trips per delivery ` +
      `(settled per worker: ${applied.join(", ")})`,
  );
  if (cpu)
    console.log(
      `cpu (% of one core): applier ${cpu.loadGeneratorPercent}, PostgreSQL ${cpu.postgresPercent ?? "-"}; ` +
        `per delivery ${((cpu.loadGeneratorPercent / 100) * (seconds / total) * 1000).toFixed(2)} ms in the applier, ` +
        `${(((cpu.postgresPercent ?? 0) / 100) * (seconds / total) * 1000).toFixed(2)} ms in PostgreSQL`,
    );
  console.log(
    `by state ${JSON.stringify(Object.fromEntries(states.map((s) => [s.processing, s._count])))}; ${orders} orders for ${mix.carts.length} carts`,
  );
  if (process.env.APPLIER_PROFILE_TIMINGS)
    for (const [key, t] of [...timings].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25))
      console.log(`${t.ms.toFixed(0).padStart(7)} ms ${String(t.n).padStart(6)}x  ${key}`);
  await disconnectDb();
} finally {
  await throwaway?.stop();
}
