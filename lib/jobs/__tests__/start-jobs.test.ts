import { expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { EVENT_QUEUE } from "@/lib/jobs/event-queue";
import { scheduledJobs } from "@/lib/jobs/scheduled-jobs";
import { startJobRunner } from "@/lib/jobs/start-jobs";

it("three instances starting at once on a fresh database all start, and create each queue once", async () => {
  // As in a deployment's first start: no pg-boss schema, every instance creating the queues.
  await db().$executeRawUnsafe("DROP SCHEMA IF EXISTS pgboss CASCADE");
  const started = await Promise.allSettled([1, 2, 3].map(() => startJobRunner({ sweepEveryMs: 60_000 })));
  const runners = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  try {
    expect(started.filter((result) => result.status === "rejected")).toEqual([]);
    const queues = await runners[0]!.boss.getQueues();
    const ours = queues.map((queue) => queue.name).filter((name) => !name.startsWith("__pgboss"));
    expect(ours.sort()).toEqual([EVENT_QUEUE, ...scheduledJobs().map((job) => job.name)].sort());
    // Each runner works the queue: a job sent through one is taken by some runner and completed.
    const id = await runners[2]!.boss.send(scheduledJobs()[2]!.name, {});
    const done = async () => (await runners[0]!.boss.getJobById(scheduledJobs()[2]!.name, id!))?.state;
    for (const until = Date.now() + 15_000; (await done()) !== "completed" && Date.now() < until;)
      await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await done()).toBe("completed");
  } finally {
    for (const runner of runners) await runner.stop(5_000);
  }
});
