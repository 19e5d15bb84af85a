// "Sync now" started on one instance, followed and joined from another: the second
// instance is these modules loaded afresh, sharing no memory with the first.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { startSyncJob, type SyncJob } from "@/app/(dashboard)/reconciliation/sync-jobs";
import { resetEnvCache } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { generateFundingRecords, startFakeFundingApi, type FakeFundingApi } from "@/test/fakes/chargeafter-funding-api";
import { resetDatabase } from "@/test/reset-database";

const actor = { id: null, email: "finance@example.com" };
const range = { from: "2026-10-01", to: "2026-11-30" };

let api: FakeFundingApi;
beforeAll(async () => {
  api = await startFakeFundingApi();
  process.env.CHARGEAFTER_PRIVATE_KEY = api.privateKey;
  process.env.CHARGEAFTER_API_BASE_URL = api.baseUrl;
  resetEnvCache();
});
afterAll(async () => {
  delete process.env.CHARGEAFTER_PRIVATE_KEY;
  delete process.env.CHARGEAFTER_API_BASE_URL;
  resetEnvCache();
  await api.close();
});
beforeEach(async () => {
  await resetDatabase();
  api.records = generateFundingRecords(1500);
});

describe("sync jobs across instances", () => {
  it("a sync started on A is joined and followed to its end from B", async () => {
    api.failNext(1, "429", { retryAfterSeconds: 1 }); // keeps the sync running a second
    const a = await startSyncJob({ ...range, actor });
    expect(a).toMatchObject({ alreadyRunning: false, job: { state: "running", ...range } });

    vi.resetModules();
    const b = await import("@/app/(dashboard)/reconciliation/sync-jobs");
    expect((await b.runningSyncJob())?.id).toBe(a.job.id);
    const joined = await b.startSyncJob({ ...range, actor: { id: null, email: "someone@example.com" } });
    expect(joined).toMatchObject({ alreadyRunning: true, job: { id: a.job.id, startedByEmail: actor.email } });

    let job: SyncJob | null = joined.job;
    for (let i = 0; job?.state === "running" && i < 500; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      job = await b.syncJob(a.job.id);
    }
    expect(job).toMatchObject({
      state: "succeeded",
      progress: { fetched: 1500, new: 1500, changed: 0, unchanged: 0, invalid: 0 },
      run: { status: "SUCCEEDED", fetchedCount: 1500 },
      error: null,
    });
    expect(await db().syncRun.count()).toBe(1);
    expect(await b.runningSyncJob()).toBeNull();
    expect(await b.syncJob("0190a5a0-0000-7000-8000-000000000000")).toBeNull();
  });
});
