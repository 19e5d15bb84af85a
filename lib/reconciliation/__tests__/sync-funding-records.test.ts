import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { getFundingRecordHistory } from "@/lib/reconciliation/get-funding-record-history";
import { listSyncRuns } from "@/lib/reconciliation/list-sync-runs";
import { syncFundingRecords } from "@/lib/reconciliation/sync-funding-records";
import type { SyncRunSummary } from "@/lib/reconciliation/sync-run-summary";
import { generateFundingRecords, type FakeFundingApi } from "@/test/fakes/chargeafter-funding-api";

import { financeActor, setUpFakeFundingApi, syncFrom, syncPagesWith } from "./helpers";

let api: FakeFundingApi;
setUpFakeFundingApi(250, (started) => (api = started));

describe("syncFundingRecords", () => {
  it("stores every record once; the same range again finds everything unchanged", async () => {
    const first = await syncFrom(api, undefined, 100);
    expect(first).toMatchObject({
      status: "SUCCEEDED",
      source: "API",
      fetchedCount: 250,
      newCount: 250,
      changedCount: 0,
      unchangedCount: 0,
      error: null,
    });
    expect(first.fromDate).toBe("2026-10-01");
    expect(api.requests).toHaveLength(3);
    expect(await db().fundingRecord.count()).toBe(250);

    const second = await syncFrom(api, undefined, 100);
    expect(second).toMatchObject({
      status: "SUCCEEDED",
      fetchedCount: 250,
      newCount: 0,
      changedCount: 0,
      unchangedCount: 250,
    });
    expect(await db().fundingRecordVersion.count()).toBe(0);
    expect(await db().fundingRecord.count({ where: { version: { not: 1 } } })).toBe(0);

    const runs = await listSyncRuns();
    expect(runs.map((r) => r.id)).toEqual([second.id, first.id]);
    expect(runs[0]!.durationMs).toBeGreaterThanOrEqual(0);
    expect(await db().auditLog.count({ where: { action: "funding.sync" } })).toBe(2);
  });

  it("stores amounts and times exactly as the report has them", async () => {
    const source = api.records[5]!;
    source.transactionAmount = 1299.99;
    source.discountAmount = 0.01;
    source.netAmount = 1299.98;
    await syncFrom(api);
    const stored = await db().fundingRecord.findUniqueOrThrow({ where: { transactionId: source.transactionId } });
    expect([
      stored.transactionAmount.toFixed(2),
      stored.discountAmount.toFixed(2),
      stored.netAmount.toFixed(2),
    ]).toEqual(["1299.99", "0.01", "1299.98"]);
    expect(stored.transactionDate.toISOString()).toBe(source.transactionDate);
    expect(stored.fundedAt?.toISOString() ?? null).toBe(source.fundedAt);
    expect(stored.status).toBe(source.status);
  });

  it("a status that moves from AMOUNT_MISMATCH to RECONCILED: changed 1, version 2, the history shows the old status", async () => {
    const record = api.records.find((r) => r.status === "AMOUNT_MISMATCH")!;
    await syncFrom(api);
    record.status = "RECONCILED";
    record.updatedAt = "2026-12-01T10:00:00.000Z";
    const second = await syncFrom(api);
    expect(second).toMatchObject({ changedCount: 1, newCount: 0, unchangedCount: 249 });

    const stored = await db().fundingRecord.findUniqueOrThrow({ where: { transactionId: record.transactionId } });
    expect(stored.version).toBe(2);
    expect(stored.status).toBe("RECONCILED");

    const history = await getFundingRecordHistory({ transactionId: record.transactionId });
    expect(history!.versions.map((v) => [v.version, v.values.status])).toEqual([
      [2, "RECONCILED"],
      [1, "AMOUNT_MISMATCH"],
    ]);
    expect(history!.versions[0]!.changedFields).toEqual(["updatedAt", "status"]);
    expect(history!.versions[1]!.syncRunId).toBe(second.id);
    expect(history!.versions[1]!.values.transactionAmount).toBe(stored.transactionAmount.toFixed(2));

    const third = await syncFrom(api);
    expect(third).toMatchObject({ changedCount: 0, unchangedCount: 250 });
  });

  it("links records to our application by merchant transaction id, order id, or an order", async () => {
    const [a, b, c] = api.records;
    const appByTx = await db().application.create({
      data: {
        provider: "CHARGEAFTER",
        externalId: "app_tx",
        merchantTransactionId: a!.merchantTransactionId,
        status: "CONFIRMED",
        lastEventAt: new Date(),
      },
    });
    const appByOrder = await db().application.create({
      data: {
        provider: "CHARGEAFTER",
        externalId: "app_ord",
        merchantOrderId: b!.merchantOrderId,
        status: "CONFIRMED",
        lastEventAt: new Date(),
      },
    });
    const appOfOrder = await db().application.create({
      data: { provider: "WEGETFINANCING", externalId: "inv_1", status: "APPROVED", lastEventAt: new Date() },
    });
    await db().order.create({
      data: {
        provider: "WEGETFINANCING",
        merchantTransactionId: c!.merchantTransactionId,
        requestToken: "inv_1",
        amount: "10.00",
        applicationId: appOfOrder.id,
      },
    });
    await syncFrom(api);
    const linked = await db().fundingRecord.findMany({
      where: { applicationId: { not: null } },
      select: { transactionId: true, applicationId: true },
      orderBy: { transactionId: "asc" },
    });
    expect(linked).toEqual([
      { transactionId: a!.transactionId, applicationId: appByTx.id },
      { transactionId: b!.transactionId, applicationId: appByOrder.id },
      { transactionId: c!.transactionId, applicationId: appOfOrder.id },
    ]);
  });

  it("an application that arrives later is linked by the next sync, without a new version", async () => {
    await syncFrom(api);
    const record = api.records[7]!;
    const app = await db().application.create({
      data: {
        provider: "CHARGEAFTER",
        externalId: record.merchantOrderId!,
        status: "CONFIRMED",
        lastEventAt: new Date(),
      },
    });
    const again = await syncFrom(api);
    expect(again.changedCount).toBe(0);
    const stored = await db().fundingRecord.findUniqueOrThrow({ where: { transactionId: record.transactionId } });
    expect([stored.applicationId, stored.version]).toEqual([app.id, 1]);
  });

  it("a failure part-way keeps the committed pages, ends FAILED with the reason, and a re-run completes", async () => {
    const failing = await syncPagesWith(api, (n) => n === 2 && api.failNext(4, "500"));
    expect(failing.status).toBe("FAILED");
    expect(failing.error).toMatch(
      /ChargeAfter had a server error \(HTTP 500\) 4 times in a row.*The 200 records read before it are stored/s,
    );
    expect(failing.newCount).toBe(200);
    expect(await db().fundingRecord.count()).toBe(200);

    const rerun = await syncFrom(api, undefined, 100);
    expect(rerun).toMatchObject({ status: "SUCCEEDED", newCount: 50, unchangedCount: 200 });
  });

  it("a record that cannot be read is skipped with its offset, transactionId and reason; the run SUCCEEDS, the rest stored", async () => {
    (api.records[3] as Record<string, unknown>).netAmount = "lots";
    const result = await syncFrom(api);
    expect(result.status).toBe("SUCCEEDED");
    expect(result.newCount).toBe(249);
    expect(result.fetchedCount).toBe(250);
    expect(result.invalid).toEqual([
      {
        offset: 3,
        transactionId: api.records[3]!.transactionId,
        reasons: ['netAmount: "lots" is not a plain decimal such as 1299.99'],
      },
    ]);
    expect(result.error).toContain("1 record could not be read and was skipped (the rest are stored):");
    expect(result.error).toContain(
      `record at offset 3 (transactionId ${api.records[3]!.transactionId}): netAmount: "lots" is not a plain decimal such as 1299.99`,
    );
  });

  it("sub-cent amounts are stored: cents in the columns (day totals stay in cents), the exact text kept", async () => {
    api.records = generateFundingRecords(3);
    api.records[1]!.netAmount = 12.345;
    (api.records[2] as Record<string, unknown>).transactionAmount = "10.0051";
    const result = await syncFrom(api);
    expect(result).toMatchObject({ status: "SUCCEEDED", newCount: 3, error: null });
    const noisy = await db().fundingRecord.findUniqueOrThrow({
      where: { transactionId: api.records[1]!.transactionId },
    });
    expect(noisy.netAmount.toFixed(2)).toBe("12.34");
    expect(noisy.amountsExact).toEqual({ netAmount: "12.345" });
    const longer = await db().fundingRecord.findUniqueOrThrow({
      where: { transactionId: api.records[2]!.transactionId },
    });
    expect(longer.transactionAmount.toFixed(2)).toBe("10.01");
    expect(longer.amountsExact).toEqual({ transactionAmount: "10.0051" });
    // The record page shows what was sent beside the rounded amount.
    expect((await getFundingRecordHistory({ transactionId: api.records[1]!.transactionId }))?.amountsExact).toEqual({
      netAmount: "12.345",
    });
    expect(
      (await db().fundingRecord.findUniqueOrThrow({ where: { transactionId: api.records[0]!.transactionId } }))
        .amountsExact,
    ).toBeNull();
    // A later sync with the same exact text changes nothing.
    expect(await syncFrom(api)).toMatchObject({ unchangedCount: 3, changedCount: 0 });
  });

  it("reports progress after each page, and records who asked for the run (here the command line)", async () => {
    const seen: number[] = [];
    const run = await syncFundingRecords({
      from: "2026-10-01",
      to: "2026-11-30",
      actor: financeActor,
      trigger: "SCRIPT",
      onProgress: (p) => seen.push(p.fetched),
      fetchPages: async function* () {
        const { fetchFundingReport } = await import("@/lib/providers/chargeafter/funding-report-client");
        yield* fetchFundingReport({
          fromDate: "2026-10-01",
          toDate: "2026-11-30",
          baseUrl: api.baseUrl,
          privateKey: api.privateKey,
          pageSize: 100,
        });
      },
    });
    expect(seen).toEqual([100, 200, 250]);
    const triggers = await db().syncRun.findMany({ select: { id: true, trigger: true } });
    expect(triggers).toEqual([{ id: run.id, trigger: "SCRIPT" }]);
    expect((await syncFrom(api)).id).not.toBe(run.id);
    expect(await db().syncRun.count({ where: { trigger: "MANUAL" } })).toBe(1);
  });

  it("refuses a range the wrong way round before calling anyone", async () => {
    await expect(syncFrom(api, { from: "2026-11-30", to: "2026-11-01" })).rejects.toThrow(/wrong way round/);
    expect(api.requests).toHaveLength(0);
  });
});

describe("runs whose server stopped", () => {
  it("a RUNNING run nobody holds is closed as FAILED with the reason; a sync at work is left RUNNING", async () => {
    const orphan = await db().syncRun.create({
      data: {
        source: "API",
        startedByEmail: "gone@example.com",
        fromDate: new Date("2026-11-01"),
        toDate: new Date("2026-11-02"),
      },
    });
    const orphanImport = await db().syncRun.create({
      data: { source: "FILE", fileName: "r.csv", startedByEmail: "gone@example.com" },
    });
    api.records = generateFundingRecords(300);
    let seenWhileRunning: SyncRunSummary[] = [];
    const result = await syncPagesWith(api, async (n) => {
      if (n === 2) seenWhileRunning = await listSyncRuns();
    });
    expect(result.status).toBe("SUCCEEDED");
    const byId = new Map(seenWhileRunning.map((run) => [run.id, run]));
    expect(byId.get(orphan.id)).toMatchObject({
      status: "FAILED",
      error: expect.stringMatching(/server stopped while this sync ran.*run the sync again/),
    });
    expect(byId.get(orphanImport.id)).toMatchObject({
      status: "FAILED",
      error: expect.stringMatching(/Nothing was imported; import the file again/),
    });
    const live = seenWhileRunning.filter((run) => ![orphan.id, orphanImport.id].includes(run.id));
    expect(live.map((run) => run.status)).toEqual(["RUNNING"]);
    expect((await listSyncRuns()).find((run) => run.id === live[0]!.id)!.status).toBe("SUCCEEDED");
  });
});
