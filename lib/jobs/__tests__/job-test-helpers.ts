// Shared by the scheduled-job tests: job runners that check the schedules every second, and waits.
import { startJobRunner, type JobRunner } from "@/lib/jobs/start-jobs";

const runners: JobRunner[] = [];

export async function fastRunner(): Promise<JobRunner> {
  const runner = await startJobRunner({ cronCheckSeconds: 1, sweepEveryMs: 60_000 });
  runners.push(runner);
  return runner;
}

export async function stopRunners(): Promise<void> {
  for (const runner of runners.splice(0)) await runner.stop(5_000);
}

export async function waitFor<T>(read: () => Promise<T | null | undefined>, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Nothing after ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** "* * * * *" runs once a minute: start a test early in a minute so its window holds one tick. */
export async function earlyInAMinute(): Promise<void> {
  const second = new Date().getSeconds();
  if (second > 30) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
}
