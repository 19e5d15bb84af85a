import { afterAll, afterEach, beforeAll, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { makeDispute } from "@/lib/disputes/__tests__/make-dispute";
import { clearJobs } from "@/lib/events/__tests__/clear-jobs";
import { startEventReceiver } from "@/lib/events/__tests__/event-receiver";
import { earlyInAMinute, fastRunner, stopRunners, waitFor } from "@/lib/jobs/__tests__/job-test-helpers";
import { resetDatabase } from "@/test/reset-database";

import { useAlertChannels } from "./alert-channels-env";

let hook: Awaited<ReturnType<typeof startEventReceiver>>;

beforeAll(async () => {
  hook = await startEventReceiver();
  useAlertChannels({ webhookUrl: hook.url });
  await resetDatabase();
  await clearJobs();
});
afterEach(() => stopRunners());
afterAll(() => hook.close());

it("runs the alert checks by itself every minute, once across two instances, recorded as job runs", async () => {
  await earlyInAMinute();
  await makeDispute();
  await fastRunner();
  await fastRunner();
  const alert = await waitFor(
    () => db().alert.findFirst({ where: { kind: "dispute_created", lastNotifiedAt: { not: null } } }),
    75_000,
  );
  expect(alert.count).toBe(1);
  await new Promise((resolve) => setTimeout(resolve, 3_000)); // the other instance had its chance
  expect(hook.received).toHaveLength(1);
  expect(await db().alert.count()).toBe(1);
  // Listed with the other scheduled jobs' runs (Settings → Scheduled jobs), with what it found.
  const runs = await db().jobRun.findMany({ where: { job: "alert-checks" }, select: { outcome: true } });
  expect(runs.some((run) => run.outcome === "OK")).toBe(true);
  expect(runs.filter((run) => run.outcome === "FAILED")).toEqual([]);
}, 120_000);
