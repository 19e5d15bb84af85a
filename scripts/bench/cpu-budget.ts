// What one delivery costs in CPU, received and then applied, measured over the capacity burst
// and its drain: with both costs known, the cores of this machine bound the rate it can take
// in and apply for as long as the load lasts (the ceiling the sustained load is compared with).
import os from "node:os";

import { cpuShare, cpuSnapshot } from "./cpu";

export type CpuBudget = {
  cores: number;
  /** CPU ms per delivery stored, in the app's processes and PostgreSQL (the receivers). */
  receiveMs: number;
  /** CPU ms per request in this process (autocannon), which shares the cores. */
  loadGeneratorMs: number;
  /** CPU ms per delivery applied, in the app's processes and PostgreSQL (the applier). */
  applyMs: number;
  /** Deliveries per second the cores can receive and apply at once, load generator included. */
  sustainablePerSecond: number;
};

const cpuMs = (percent: number, seconds: number) => (percent / 100) * seconds * 1000;

/**
 * Snapshots at the burst's start, its end and the drain's end. The applier runs during the
 * burst too: its cost per delivery is read off the drain (nothing else runs then), and the
 * deliveries it applied during the burst are taken off the burst's CPU to leave the receivers'.
 */
export function cpuBudget(appPid: number) {
  const start = cpuSnapshot(appPid);
  let burstEnd = start;
  return {
    burstDone(): void {
      burstEnd = cpuSnapshot(appPid);
    },
    /** Null where /proc is not readable or PostgreSQL is not the app's child (DATABASE_URL). */
    drainDone(received: number, waitingAfterBurst: number): CpuBudget | null {
      const end = cpuSnapshot(appPid);
      const burst = cpuShare(start, burstEnd);
      const drain = cpuShare(burstEnd, end);
      if (!start || !burstEnd || !end || !burst || !drain || drain.postgresPercent === null) return null;
      if (!received || !waitingAfterBurst) return null;
      const burstSeconds = (burstEnd.at - start.at) / 1000;
      const drainSeconds = (end.at - burstEnd.at) / 1000;
      const applyMs = cpuMs(drain.appPercent + drain.postgresPercent, drainSeconds) / waitingAfterBurst;
      const appliedDuringBurst = Math.max(0, received - waitingAfterBurst);
      const burstMs = cpuMs(burst.appPercent + (burst.postgresPercent ?? 0), burstSeconds);
      const receiveMs = Math.max(0, burstMs - applyMs * appliedDuringBurst) / received;
      const loadGeneratorMs = cpuMs(burst.loadGeneratorPercent, burstSeconds) / received;
      const cores = os.cpus().length;
      return {
        cores,
        receiveMs,
        loadGeneratorMs,
        applyMs,
        sustainablePerSecond: (cores * 1000) / (receiveMs + loadGeneratorMs + applyMs),
      };
    },
  };
}
