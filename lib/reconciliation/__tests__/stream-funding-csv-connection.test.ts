// The CSV export's connection: given back when done, dropped when the reader leaves or the
// server goes away, never held by a filter that cannot be written; and its throughput.
import { beforeEach, describe, expect, it } from "vitest";

import { pgPool } from "@/lib/db/pg-pool";
import { fundingFiltersSchema, noFundingFilters } from "@/lib/reconciliation/funding-filters";
import { streamFundingCsv, type FundingCsvOutcome } from "@/lib/reconciliation/stream-funding-csv";
import { resetDatabase } from "@/test/reset-database";

import { copyBackends, csv, eventually, exportReader, HEADER, seedRows } from "./make-funding-csv";

beforeEach(resetDatabase);

describe("streamFundingCsv: connections", () => {
  it("a reader that goes away stops the COPY, discards its connection and says the export did not complete", async () => {
    await seedRows(20_000);
    const pool = pgPool();
    const { reader, finished } = exportReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value!)).toMatch(new RegExp(`^${HEADER}\r\n`));
    await reader.cancel();
    const { outcome } = finished;
    // It may have read a few chunks ahead of the reader, never the whole set.
    expect(outcome?.completed).toBe(false);
    expect(outcome!.rowCount).toBeGreaterThan(0);
    expect(outcome!.rowCount).toBeLessThan(20_000);
    expect(outcome!.error).toBeUndefined();
    // The connection was mid-COPY: the pool dropped it, and the server ended that backend.
    expect(pool.totalCount).toBe(pool.idleCount);
    await eventually(async () => (await copyBackends()) === 0, "the COPY backend is gone");
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'`,
    );
    expect(rows[0]!.n).toBe(0);
    // Every connection left in the pool still works, and the next export is whole.
    await Promise.all(Array.from({ length: 8 }, () => pool.query("SELECT 1")));
    expect((await csv()).outcome).toEqual({ rowCount: 20_000, completed: true });
  });

  it("a completed export gives its connection back to the pool, ready for the next query", async () => {
    await seedRows(3000);
    const pool = pgPool();
    await csv();
    expect(pool.totalCount).toBe(pool.idleCount);
    const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "FundingRecord"`);
    expect(rows[0]!.n).toBe(3000);
  });

  it("a connection lost mid-way errors the stream and reports the error", async () => {
    await seedRows(100_000);
    const { reader, finished } = exportReader();
    await reader.read();
    // The export is ~25 MB, more than the socket buffers hold: the backend is still sending.
    await eventually(async () => (await copyBackends()) === 1, "the COPY is running").catch(async (error) => {
      await reader.cancel();
      throw error;
    });
    await pgPool().query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND query LIKE 'COPY (SELECT%'`,
    );
    const drain = async () => {
      for (;;) if ((await reader.read()).done) return;
    };
    await expect(drain()).rejects.toThrow(/terminat/i);
    const { outcome } = finished;
    expect(outcome?.completed).toBe(false);
    expect(outcome?.error?.message).toMatch(/terminat/i);
    expect(outcome!.rowCount).toBeLessThan(100_000);
    expect(pgPool().totalCount).toBe(pgPool().idleCount);
    expect((await csv(fundingFiltersSchema.parse({ q: "bulk_txn_00000007" }))).outcome).toEqual({
      rowCount: 1,
      completed: true,
    });
  });

  it("a filter that cannot be written as SQL errors the stream and reports it, holding no connection", async () => {
    let outcome: FundingCsvOutcome | undefined;
    const stream = streamFundingCsv({
      filters: { ...noFundingFilters, q: "nul\0byte" },
      timeZone: "UTC",
      onFinish: (o) => void (outcome = o),
    });
    await expect(new Response(stream).text()).rejects.toThrow(/NUL/);
    expect(outcome).toMatchObject({ rowCount: 0, completed: false, error: expect.any(RangeError) });
    expect(pgPool().totalCount).toBe(pgPool().idleCount);
  });

  it("throughput: 100k rows (printed, not asserted)", async () => {
    await seedRows(100_000);
    for (const run of ["cold", "warm"]) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const rss = process.memoryUsage.rss();
      let peak = rss;
      let bytes = 0;
      const { reader, finished } = exportReader();
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        bytes += chunk.value.byteLength;
        peak = Math.max(peak, process.memoryUsage.rss());
      }
      const seconds = (performance.now() - started) / 1000;
      const { user, system } = process.cpuUsage(cpu);
      expect(finished.outcome).toEqual({ rowCount: 100_000, completed: true });
      console.log(
        `[stream-funding-csv] ${run}: 100000 rows, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s = ${Math.round(100_000 / seconds)} rows/s; ` +
          `Node CPU ${((user + system) / 100_000).toFixed(2)} µs/row, RSS +${((peak - rss) / 2 ** 20).toFixed(1)} MiB at most`,
      );
    }
  }, 120_000);
});
