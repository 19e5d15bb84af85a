// Run as a child process by crash-safety.test.ts: a job runner is up, a change commits its
// event, and the process is killed (SIGKILL) before anything could hand the event on.
import { randomUUID } from "node:crypto";

import { db } from "@/lib/db/client";
import { recordEvent } from "@/lib/events/record-event";
import { startJobs } from "@/lib/jobs/start-jobs";

await startJobs({ sweepEveryMs: 60_000 });
const id = await db().$transaction((tx) =>
  recordEvent(tx, "delivery.failed", {
    delivery_id: randomUUID(),
    provider: "wegetfinancing",
    event_type: null,
    error: "crash test",
    received_at: new Date().toISOString(),
  }),
);
process.stdout.write(`${id}\n`);
process.kill(process.pid, "SIGKILL");
