import { afterAll, beforeEach, describe, expect, it } from "vitest";

import { resetEnvCache } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { listJobRuns, listJobSchedules, nextRunOf } from "@/lib/jobs/list-scheduled-jobs";
import { recordJobRun } from "@/lib/jobs/record-job-run";
import { resetDatabase } from "@/test/reset-database";

const saved = { ...process.env };
afterAll(() => {
  process.env = saved;
  resetEnvCache();
});
beforeEach(() => resetDatabase());

describe("the scheduled jobs Settings lists", () => {
  it("gives the next run of a cron in the merchant's zone", () => {
    const next = nextRunOf("0 6 * * *", "America/New_York", new Date("2026-12-03T12:00:00Z"));
    expect(next?.toISOString()).toBe("2026-12-04T11:00:00.000Z");
  });

  it("says why the funding sync is off", async () => {
    process.env.FUNDING_SYNC_SCHEDULE = "off";
    resetEnvCache();
    const [sync] = await listJobSchedules();
    expect(sync).toMatchObject({ name: "funding-sync", cron: null, nextRunAt: null });
    expect(sync!.off).toMatch(/FUNDING_SYNC_SCHEDULE is off/);
  });

  it("records each run: ok with its summary, failed with its error (thrown on)", async () => {
    await expect(recordJobRun("alert-checks", async () => "2 alerts")).resolves.toBe("2 alerts");
    await expect(
      recordJobRun("alert-checks", async () => {
        throw new Error("no database");
      }),
    ).rejects.toThrow("no database");
    const runs = await listJobRuns();
    expect(runs.map((run) => [run.outcome, run.summary, run.error])).toEqual([
      ["FAILED", null, "no database"],
      ["OK", "2 alerts", null],
    ]);
    expect(runs.every((run) => run.finishedAt && run.instance.includes(":"))).toBe(true);
    expect(await db().jobRun.count()).toBe(2);
  });

  it("lists the latest runs of each job, so a frequent job pushes no other out", async () => {
    await recordJobRun("funding-sync", async () => "synced");
    for (let i = 0; i < 7; i++) await recordJobRun("alert-checks", async () => `round ${i}`);
    const runs = await listJobRuns(5);
    expect(runs.filter((run) => run.job === "alert-checks").map((run) => run.summary)).toEqual([
      "round 6",
      "round 5",
      "round 4",
      "round 3",
      "round 2",
    ]);
    expect(runs.find((run) => run.job === "funding-sync")).toMatchObject({ outcome: "OK", summary: "synced" });
  });
});
