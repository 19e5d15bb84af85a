import { it } from "vitest";
import { resetDatabase } from "@/test/reset-database";
import { pgPool } from "@/lib/db/pg-pool";
import { seedFundingRecords } from "@/scripts/bench/funding";
import { noFundingFilters } from "../funding-filters";
import { streamFundingCsv } from "../stream-funding-csv";
it("export speed", async () => {
  await resetDatabase();
  const client = await pgPool().connect();
  console.log("seed s", await seedFundingRecords(client, 500_000));
  client.release();
  for (const batchSize of [5000, 5000, 20000]) {
    const t = performance.now(); const cpu0 = process.cpuUsage();
    let rows = 0; let bytes = 0; let peak = 0;
    const reader = streamFundingCsv({ filters: noFundingFilters, timeZone: "UTC", batchSize, onFinish: (o) => void (rows = o.rowCount) }).getReader();
    for (;;) { const { done, value } = await reader.read(); if (done) break; bytes += value.byteLength; peak = Math.max(peak, process.memoryUsage().rss); }
    const s = (performance.now() - t) / 1000; const cpu = process.cpuUsage(cpu0); const cpuS = (cpu.user + cpu.system) / 1e6;
    console.log("node cpu s", cpuS.toFixed(2), "=> rows per node-cpu-second", Math.round(rows / cpuS));
    console.log("export", batchSize, rows, (bytes / 1e6).toFixed(0), "MB", s.toFixed(2), "s", Math.round(rows / s), "rows/s; rss peak MB", Math.round(peak / 1e6));
  }
}, 600_000);
