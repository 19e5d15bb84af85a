// Funding section: (a) seeds 1,000,000 funding records with set-based SQL, (b) exports them all
// as CSV over HTTP signed in as finance (rows/s and the Next server's peak memory), next to
// psql's \copy of the same rows and columns, (c) times the /reconciliation page under the
// filters finance uses (goal p95 <= 100 ms), and (d) syncs the fake ChargeAfter API into the
// database in this process (records/s). Goals: export >= 200k rows/s in <= 256 MB; sync >= 10k records/s.
import { randomBytes } from "node:crypto";

import type pg from "pg";

import { disconnectDb } from "../../lib/db/client";
import { closePgPool } from "../../lib/db/pg-pool";
import { fetchFundingReport } from "../../lib/providers/chargeafter/funding-report-client";
import { syncFundingRecords, type SyncResult } from "../../lib/reconciliation/sync-funding-records";
import { hashPassword } from "../../lib/users/password";
import { generateFundingRecords, startFakeFundingApi } from "../../test/fakes/chargeafter-funding-api";
import { cpuShare, cpuSnapshot, type CpuShare } from "./cpu";
import { middleCursor, timePage, type PageCase, type Timing } from "./pages";
import { nextServerPid, resetPeakRss, rssMb } from "./process-memory";
import { connectionUrl, copyWithPsql } from "./psql-copy";
import type { Section } from "./section";
import { signIn } from "./sign-in";
import { fixed, table } from "./table";

export const FUNDING_GOAL = { exportRowsPerSecond: 200_000, exportPeakMb: 256, syncRecordsPerSecond: 10_000 } as const;
const PAGE_GOAL = { p95Ms: 100 } as const;

const SEED_ROWS = Number(process.env.BENCH_FUNDING_ROWS ?? 1_000_000);
const SYNC_RECORDS = Number(process.env.BENCH_FUNDING_SYNC_RECORDS ?? 100_000);

type ExportResult = {
  rows: number;
  bytes: number;
  seconds: number;
  rowsPerSecond: number;
  status: number;
  rssBeforeMb: number | null;
  peakRssMb: number | null;
  hwmMb: number | null;
  serverPid: number | null;
  cpu: CpuShare | null;
};
type SyncMeasure = {
  label: string;
  records: number;
  seconds: number;
  recordsPerSecond: number;
  run: Pick<SyncResult, "status" | "newCount" | "changedCount" | "unchangedCount" | "error">;
};

export const fundingSection: Section = async (context) => {
  const { db, log, baseUrl } = context;
  const failures: string[] = [];

  log(`funding: seeding ${SEED_ROWS} funding records (generate_series)`);
  const seedSeconds = await seedFundingRecords(db, SEED_ROWS);
  log(`funding: seeded in ${fixed(seedSeconds)} s`);

  const finance = {
    email: `bench-finance-${randomBytes(3).toString("hex")}@localhost.localdomain`,
    password: randomBytes(18).toString("base64url"),
  };
  await db.query(
    `INSERT INTO "User" (id, email, "passwordHash", role, "createdAt", "updatedAt") VALUES (gen_random_uuid(), $1, $2, 'FINANCE', now(), now())`,
    [finance.email, await hashPassword(finance.password)],
  );
  const cookie = await signIn(baseUrl, finance);

  log("funding: warming up the export route (one small export)");
  await exportOverHttp(baseUrl, cookie, "?from=2999-01-01&to=2999-01-02", context.appPid);
  log(`funding: exporting all ${SEED_ROWS} records as finance over HTTP`);
  const exported = await exportOverHttp(baseUrl, cookie, "", context.appPid);
  if (exported.status !== 200) failures.push(`export answered HTTP ${exported.status}`);
  if (exported.rows !== SEED_ROWS) failures.push(`export gave ${exported.rows} rows, expected ${SEED_ROWS}`);

  log("funding: the same rows with psql \\copy");
  const copy = await copyWithPsql(db);

  // After the export, so the export's memory is measured on a server that only started.
  log(`funding: timing /reconciliation at ${SEED_ROWS} records`);
  const pages: Timing[] = [];
  for (const page of await reconciliationCases(db)) pages.push(await timePage(baseUrl, cookie, page));
  for (const page of pages) if (page.status !== 200) failures.push(`${page.name}: HTTP ${page.status}`);
  const pageGoal = pages.every((page) => page.p95 <= PAGE_GOAL.p95Ms);
  const serverPid = exported.serverPid;
  const rssAfterPagesMb = serverPid ? rssMb(serverPid, "VmRSS") : null;

  log(`funding: syncing ${SYNC_RECORDS} records from the fake ChargeAfter API in this process`);
  const syncs = await measureSync(db);

  const exportGoal =
    exported.rowsPerSecond >= FUNDING_GOAL.exportRowsPerSecond &&
    exported.peakRssMb !== null &&
    exported.peakRssMb <= FUNDING_GOAL.exportPeakMb;
  const syncGoal = syncs.every(
    (s) => s.recordsPerSecond >= FUNDING_GOAL.syncRecordsPerSecond && s.run.status === "SUCCEEDED",
  );
  for (const s of syncs)
    if (s.run.status !== "SUCCEEDED") failures.push(`sync (${s.label}) ended ${s.run.status}: ${s.run.error}`);

  const copyLine =
    "error" in copy
      ? `psql \\copy: not measured (${copy.error})`
      : `psql \\copy (${copy.tool}): ${copy.rows} rows, ${fixed(copy.bytes / 1024 / 1024)} MiB in ${fixed(copy.seconds, 2)} s = ${Math.round(copy.rowsPerSecond)} rows/s; the export runs at ${fixed(exported.rowsPerSecond / copy.rowsPerSecond, 2)}x of it`;
  const lines = [
    `seed: ${SEED_ROWS} funding records in ${fixed(seedSeconds)} s`,
    `export over HTTP (finance, GET /api/reconciliation/export, no filter): HTTP ${exported.status}, ${exported.rows} rows, ${fixed(exported.bytes / 1024 / 1024)} MiB in ${fixed(exported.seconds, 2)} s = ${Math.round(exported.rowsPerSecond)} rows/s`,
    `  next server (pid ${exported.serverPid ?? "?"}): RSS ${exported.rssBeforeMb ?? "-"} MB before, peak ${exported.peakRssMb ?? "-"} MB during the export (sampled every 20 ms; VmHWM ${exported.hwmMb ?? "-"} MB), growth ${growth(exported)} MB; cpu% app/pg/loadgen ${cpuText(exported.cpu)}`,
    copyLine,
    ...table(
      [`/reconciliation at ${SEED_ROWS} records (finance)`, "p50 ms", "p95 ms", "goal"],
      pages.map((page) => [
        page.name,
        page.p50.toFixed(1),
        page.p95.toFixed(1),
        page.p95 <= PAGE_GOAL.p95Ms ? "met" : "NOT met",
      ]),
    ),
    `  next server RSS after the page timings: ${rssAfterPagesMb ?? "-"} MB`,
    ...table(
      ["sync (fake API, in process)", "records", "seconds", "records/s", "new", "changed", "unchanged"],
      syncs.map((s) => [
        s.label,
        s.records,
        fixed(s.seconds, 2),
        Math.round(s.recordsPerSecond),
        s.run.newCount,
        s.run.changedCount,
        s.run.unchangedCount,
      ]),
    ),
    `goal: export >= ${FUNDING_GOAL.exportRowsPerSecond} rows/s -> ${exported.rowsPerSecond >= FUNDING_GOAL.exportRowsPerSecond ? "met" : "NOT met"}; ` +
      `server peak RSS <= ${FUNDING_GOAL.exportPeakMb} MB -> ${exported.peakRssMb !== null && exported.peakRssMb <= FUNDING_GOAL.exportPeakMb ? "met" : "NOT met"} (the export itself added ${growth(exported)} MB); ` +
      `sync >= ${FUNDING_GOAL.syncRecordsPerSecond} records/s -> ${syncGoal ? "met" : "NOT met"}; ` +
      `page p95 <= ${PAGE_GOAL.p95Ms} ms -> ${pageGoal ? "met" : "NOT met"}`,
  ];
  return {
    name: "funding",
    lines,
    failures,
    json: {
      goal: FUNDING_GOAL,
      seed: { rows: SEED_ROWS, seconds: seedSeconds },
      pages,
      rssAfterPagesMb,
      export: exported,
      copy,
      syncs,
      goalsMet: { export: exportGoal, sync: syncGoal, page: pageGoal },
    },
  };
};

/** The report as finance uses it: the chips, a month, a lender, our match, deep pages and searches. */
async function reconciliationCases(db: pg.ClientBase): Promise<PageCase[]> {
  const { rows } = await db.query<{ month: string; customer: string; order: string }>(
    `SELECT to_char(now() - interval '60 days', 'YYYY-MM') AS month,
            (SELECT email FROM "FundingRecord" WHERE "transactionId" = 'bench_txn_00500000') AS customer,
            (SELECT "merchantOrderId" FROM "FundingRecord" WHERE "transactionId" = 'bench_txn_00400000') AS order`,
  );
  const { month, customer, order } = rows[0]!;
  const deep = await middleCursor(db, "FundingRecord", "transactionDate", "transactionId");
  const path = (query: string) => `/reconciliation${query ? `?${query}` : ""}`;
  return [
    { name: "first page, no filter", path: path("") },
    { name: "TYPE_MISMATCH", path: path("status=TYPE_MISMATCH") },
    { name: "AMOUNT_MISMATCH", path: path("status=AMOUNT_MISMATCH") },
    { name: "one month", path: path(`from=${month}-01&to=${month}-28`) },
    { name: "funded in one month", path: path(`dateField=fundedAt&from=${month}-01&to=${month}-28`) },
    { name: "lender + product type", path: path("lender=Finara&productType=Installments") },
    { name: "no local match", path: path("match=unmatched") },
    { name: "deep page", path: path(`cursor=${deep}`) },
    { name: "search an order id", path: path(`q=${encodeURIComponent(order)}`) },
    { name: "search a customer email", path: path(`q=${encodeURIComponent(customer)}`) },
    { name: "search a common surname", path: path("q=Lovelace") },
  ];
}

const growth = (e: ExportResult) =>
  e.peakRssMb !== null && e.rssBeforeMb !== null ? e.peakRssMb - e.rssBeforeMb : "-";
const cpuText = (cpu: CpuShare | null) =>
  cpu ? `${cpu.appPercent}/${cpu.postgresPercent ?? "-"}/${cpu.loadGeneratorPercent}` : "-";

/** A year of records, newest last, every status, type and product, some UTF-8 names and formula-looking cells. */
export async function seedFundingRecords(db: pg.ClientBase, rows: number): Promise<number> {
  const started = performance.now();
  await db.query(
    `INSERT INTO "FundingRecord" ("transactionId", "chargeId", "transactionType", "transactionDate", "transactionAmount", "discountAmount", "netAmount",
        "fundedAt", "updatedAt", status, "lenderName", "lenderReferenceId", "merchantOrderId", "merchantTransactionId", "productType", "promoCode",
        "firstName", "lastName", email, version, "firstSeenAt", "lastSyncedAt")
     SELECT 'bench_txn_' || lpad(g::text, 8, '0'), 'bench_chg_' || g,
            (ARRAY['Authorize','Settle','Refund','Void','Chargeback','Reversal'])[1 + (g / 7) % 6],
            t, amount, discount, amount - discount,
            CASE WHEN g % 7 = 3 THEN NULL ELSE t + interval '2 days' END, t + interval '2 days',
            (ARRAY['RECONCILED','TYPE_MISMATCH','AMOUNT_MISMATCH','MISSING','ORIGINAL_TRANSACTION_MISSING','MISMATCHED','CHARGEBACK'])[1 + g % 7],
            (ARRAY['Finara','Acme Credit','Northwind Lending','Bluefin','Sunrise Pay'])[1 + g % 5],
            'LR-' || g, 'ORD-' || g, 'MT-' || g,
            (ARRAY['LineOfCredit','Installments','LeaseToOwn','MerchantSelfFinancing'])[1 + g % 4],
            CASE WHEN g % 3 = 0 THEN NULL ELSE 'PROMO' || (g % 12) END,
            (ARRAY['Ada','Grace','Alan','Zoë','Barbara','José','Margaret','Ken','Søren','Radia'])[1 + g % 10],
            (ARRAY['Lovelace','Hopper','Turing','Müller','Liskov','O''Brien','-Hamilton','Thompson','Nguyễn','Perlman, Jr.'])[1 + (g / 10) % 10],
            'customer' || g || '@example.com', 1, now(), now()
     FROM generate_series(1, $1::int) AS g,
          LATERAL (SELECT now() - ((($1::int - g)::float / $1::int) * interval '365 days') AS t,
                          (50 + (g::bigint * 7919 % 995000) / 100.0)::numeric(14,2) AS amount) AS a,
          LATERAL (SELECT round(a.amount * (0.015 + (g % 65) / 1000.0), 2)::numeric(14,2) AS discount) AS d`,
    [rows],
  );
  // As autovacuum would have long since done on a live database (visibility map, GIN pending list, statistics).
  await db.query(`VACUUM ANALYZE "FundingRecord"`);
  return (performance.now() - started) / 1000;
}

async function exportOverHttp(baseUrl: string, cookie: string, query: string, appPid: number): Promise<ExportResult> {
  const serverPid = nextServerPid(appPid);
  if (serverPid) resetPeakRss(serverPid);
  const before = serverPid ? rssMb(serverPid, "VmRSS") : null;
  let peak = before;
  const sampler = setInterval(() => {
    const now = serverPid ? rssMb(serverPid, "VmRSS") : null;
    if (now !== null && (peak === null || now > peak)) peak = now;
  }, 20);
  const cpuBefore = cpuSnapshot(appPid);
  const started = performance.now();
  let bytes = 0;
  let newlines = 0;
  const response = await fetch(`${baseUrl}/api/reconciliation/export${query}`, { headers: { cookie } });
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (let i = value.indexOf(10); i !== -1; i = value.indexOf(10, i + 1)) newlines++;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const cpu = cpuShare(cpuBefore, cpuSnapshot(appPid));
  const rows = Math.max(0, newlines - 1); // the header; the seed has no line breaks inside cells
  return {
    rows,
    bytes,
    seconds,
    rowsPerSecond: rows / seconds,
    status: response.status,
    rssBeforeMb: before,
    peakRssMb: peak,
    hwmMb: serverPid ? rssMb(serverPid, "VmHWM") : null,
    serverPid,
    cpu,
  };
}

async function measureSync(db: pg.Client): Promise<SyncMeasure[]> {
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = connectionUrl(db);
  const api = await startFakeFundingApi({
    records: generateFundingRecords(SYNC_RECORDS, {
      idPrefix: "benchsync",
      fromDate: "2026-01-01",
      toDate: "2026-06-30",
    }),
  });
  const results: SyncMeasure[] = [];
  try {
    const once = async (label: string) => {
      const started = performance.now();
      const run = await syncFundingRecords({
        from: "2026-01-01",
        to: "2026-06-30",
        actor: { id: null, email: "bench" },
        fetchPages: () =>
          fetchFundingReport({
            fromDate: "2026-01-01",
            toDate: "2026-06-30",
            baseUrl: api.baseUrl,
            privateKey: api.privateKey,
          }),
      });
      const seconds = (performance.now() - started) / 1000;
      results.push({ label, records: run.fetchedCount, seconds, recordsPerSecond: run.fetchedCount / seconds, run });
    };
    await once("first sync (all new)");
    await once("same range again (unchanged)");
    // A tenth of the records change status, as a day of reconciliation would.
    api.records.forEach((record, i) => {
      if (i % 10 === 0) record.status = record.status === "RECONCILED" ? "AMOUNT_MISMATCH" : "RECONCILED";
    });
    await once("10 % changed");
  } finally {
    await api.close();
    await closePgPool();
    await disconnectDb();
    if (previousUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previousUrl;
  }
  return results;
}
