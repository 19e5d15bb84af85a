// A sync's progress lives in its SyncRun row: another instance (here a fresh copy of the
// modules, sharing no memory with the sync's) follows it to the end, and a second start
// anywhere joins the running sync rather than starting one more.
import { describe, expect, it, vi } from "vitest";

import { db } from "@/lib/db/client";
import { startSyncFundingRecords, type SyncFundingRecordsInput } from "@/lib/reconciliation/sync-funding-records";
import type { FakeFundingApi } from "@/test/fakes/chargeafter-funding-api";

import { financeActor, pagesWith, setUpFakeFundingApi } from "./helpers";

let api: FakeFundingApi;
setUpFakeFundingApi(300, (started) => (api = started));

/** Page 3 is handed over only once `open()` is called. */
function gateBeforePage3() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, beforePage: (n: number) => (n === 3 ? opened : undefined) };
}

const syncInput = (
  beforePage: (n: number) => unknown,
  extra: Partial<SyncFundingRecordsInput> = {},
): SyncFundingRecordsInput => ({
  from: "2026-10-01",
  to: "2026-11-30",
  actor: financeActor,
  fetchPages: pagesWith(api, beforePage),
  joinRunning: true,
  progressEveryMs: 0,
  ...extra,
});

/** Another app instance: the same modules loaded afresh, sharing nothing in memory with this one. */
async function otherInstance() {
  vi.resetModules();
  return {
    progress: await import("@/lib/reconciliation/sync-run-progress"),
    sync: await import("@/lib/reconciliation/sync-funding-records"),
  };
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("sync progress in the SyncRun row", () => {
  it("a sync started on one instance is followed to its end from another", async () => {
    const gate = gateBeforePage3();
    const started = await startSyncFundingRecords(syncInput(gate.beforePage));
    expect(started.alreadyRunning).toBe(false);
    if (started.alreadyRunning) return;

    const b = await otherInstance();
    const midway = await until(
      () => b.progress.readSyncRunProgress(started.runId),
      (job) => job?.progress.fetched === 200,
    );
    expect(midway).toMatchObject({
      id: started.runId,
      from: "2026-10-01",
      to: "2026-11-30",
      startedByEmail: financeActor.email,
      state: "running",
      progress: { fetched: 200, new: 200, changed: 0, unchanged: 0, invalid: 0 },
      run: null,
      error: null,
    });
    expect(midway!.heartbeatAt).toBeInstanceOf(Date);
    expect((await b.progress.findRunningSync())?.id).toBe(started.runId);

    gate.open();
    const result = await started.finished;
    expect(result.status).toBe("SUCCEEDED");
    expect(await b.progress.readSyncRunProgress(started.runId)).toMatchObject({
      state: "succeeded",
      progress: { fetched: 300, new: 300, changed: 0, unchanged: 0, invalid: 0 },
      run: { status: "SUCCEEDED", fetchedCount: 300 },
    });
    expect(await b.progress.findRunningSync()).toBeNull();
  });

  it("a second start on another instance joins the running sync; two at the same moment give one", async () => {
    const gate = gateBeforePage3();
    const b = await otherInstance();
    const [first, second] = await Promise.all([
      startSyncFundingRecords(syncInput(gate.beforePage)),
      b.sync.startSyncFundingRecords(syncInput(gate.beforePage)),
    ]);
    expect([first.alreadyRunning, second.alreadyRunning].sort()).toEqual([false, true]);
    expect(second.runId).toBe(first.runId);
    const third = await b.sync.startSyncFundingRecords(syncInput(() => {}));
    expect(third).toEqual({ runId: first.runId, alreadyRunning: true });
    expect(await db().syncRun.count()).toBe(1);
    expect(await db().auditLog.count({ where: { action: "funding.sync" } })).toBe(1);

    gate.open();
    const running = [first, second].find((s) => !s.alreadyRunning);
    if (running && !running.alreadyRunning) expect((await running.finished).status).toBe("SUCCEEDED");
    const next = await startSyncFundingRecords(syncInput(() => {}));
    expect(next.alreadyRunning).toBe(false); // once it ended, "Sync now" starts a new one
    if (!next.alreadyRunning) await next.finished;
  });

  it("writes the counts at a bounded rate: a fast sync writes them once, at its end", async () => {
    const gate = gateBeforePage3();
    const started = await startSyncFundingRecords(syncInput(gate.beforePage, { progressEveryMs: 60_000 }));
    if (started.alreadyRunning) throw new Error("nothing else runs");
    await until(
      () => db().fundingRecord.count(),
      (n) => n === 200,
    );
    const row = await db().syncRun.findUniqueOrThrow({ where: { id: started.runId } });
    expect([row.fetchedCount, row.heartbeatAt]).toEqual([0, null]);
    gate.open();
    await started.finished;
    const done = await db().syncRun.findUniqueOrThrow({ where: { id: started.runId } });
    expect([done.status, done.fetchedCount, done.newCount]).toEqual(["SUCCEEDED", 300, 300]);
  });

  it("a run whose server stopped reads as failed with the reason; an unknown run as null", async () => {
    const { readSyncRunProgress } = (await otherInstance()).progress;
    const orphan = await db().syncRun.create({
      data: { source: "API", startedByEmail: "gone@example.com", fromDate: new Date("2026-11-01") },
    });
    expect(await readSyncRunProgress(orphan.id)).toMatchObject({
      state: "failed",
      error: expect.stringMatching(/server stopped while this sync ran/),
    });
    expect(await readSyncRunProgress("0190a5a0-0000-7000-8000-000000000000")).toBeNull();
  });
});
