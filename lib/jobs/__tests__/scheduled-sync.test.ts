import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { resetEnvCache } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { clearJobs } from "@/lib/events/__tests__/clear-jobs";
import { FUNDING_SYNC_JOB, lastDays } from "@/lib/jobs/scheduled-funding-sync";
import { generateFundingRecords, startFakeFundingApi, type FakeFundingApi } from "@/test/fakes/chargeafter-funding-api";
import { resetDatabase } from "@/test/reset-database";

import { earlyInAMinute, fastRunner, stopRunners, waitFor } from "./job-test-helpers";

let api: FakeFundingApi;
const saved = { ...process.env };

beforeAll(async () => {
  api = await startFakeFundingApi();
  Object.assign(process.env, {
    CHARGEAFTER_PRIVATE_KEY: api.privateKey,
    CHARGEAFTER_API_BASE_URL: api.baseUrl,
    FUNDING_SYNC_SCHEDULE: "* * * * *",
    FUNDING_SYNC_DAYS: "10",
    APP_TIMEZONE: "America/New_York",
  });
  resetEnvCache();
});
afterAll(async () => {
  process.env = saved;
  resetEnvCache();
  await api.close();
});
beforeEach(async () => {
  await resetDatabase();
  await clearJobs();
  const range = lastDays(5, "America/New_York");
  api.records = generateFundingRecords(40, { fromDate: range.from, toDate: range.to });
  api.requests.length = 0;
});
afterEach(() => stopRunners());

const finishedRuns = () =>
  db().jobRun.findMany({
    where: { job: FUNDING_SYNC_JOB, outcome: { not: "RUNNING" } },
    orderBy: { startedAt: "asc" },
  });

describe("the scheduled funding sync", () => {
  it("runs by itself on its schedule against ChargeAfter and is recorded as a scheduled run", async () => {
    await earlyInAMinute();
    await fastRunner();
    const [run] = await waitFor(async () => ((await finishedRuns()).length ? finishedRuns() : null));
    expect(run).toMatchObject({ outcome: "OK", error: null });
    expect(run!.summary).toMatch(/fetched/);

    const syncs = await db().syncRun.findMany();
    expect(syncs).toHaveLength(1);
    expect(syncs[0]).toMatchObject({ status: "SUCCEEDED", trigger: "SCHEDULED", startedByEmail: "schedule" });
    const expected = lastDays(10, "America/New_York");
    expect(syncs[0]!.fromDate!.toISOString().slice(0, 10)).toBe(expected.from);
    expect(syncs[0]!.toDate!.toISOString().slice(0, 10)).toBe(expected.to);
    expect(api.requests[0]!.query).toMatchObject({ fromDate: expected.from, toDate: expected.to });
    expect(await db().fundingRecord.count()).toBe(syncs[0]!.fetchedCount);
    expect(syncs[0]!.fetchedCount).toBeGreaterThan(0);
  }, 90_000);

  it("runs once per tick with two job runners on one database", async () => {
    await earlyInAMinute();
    await Promise.all([fastRunner(), fastRunner()]);
    await waitFor(async () => ((await finishedRuns()).length ? true : null));
    // Both runners check the schedules every second: a second run would show within a few.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const runs = await db().jobRun.findMany({ where: { job: FUNDING_SYNC_JOB } });
    expect(runs).toHaveLength(1);
    expect(await db().syncRun.count()).toBe(1);
  }, 90_000);

  it("records a failed sync as a failed run, with the reason", async () => {
    await earlyInAMinute();
    api.failNext(20, "500");
    await fastRunner();
    const [run] = await waitFor(async () => ((await finishedRuns()).length ? finishedRuns() : null), 60_000);
    expect(run).toMatchObject({ outcome: "FAILED" });
    expect(run!.error).toMatch(/failed \(run /);
    expect(await db().syncRun.findFirst()).toMatchObject({ status: "FAILED", trigger: "SCHEDULED" });
  }, 90_000);
});
