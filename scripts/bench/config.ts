// Benchmark settings, from the environment. Every one has a default that suits a laptop.
import { randomBytes } from "node:crypto";

function number(name: string, fallback: number, { min = 1 }: { min?: number } = {}): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) throw new Error(`${name} must be a number >= ${min} (got "${raw}")`);
  return value;
}

export type BenchConfig = ReturnType<typeof benchConfig>;

export function benchConfig() {
  return {
    /** Seconds each measured load lasts. */
    durationSeconds: number("BENCH_DURATION", 10),
    connections: number("BENCH_CONNECTIONS", 50),
    /** Requests sent to each route before it is measured. */
    warmupRequests: number("BENCH_WARMUP_REQUESTS", 300, { min: 0 }),
    /** First port tried for the app; the next free one is used when it is taken. */
    port: number("BENCH_PORT", 3300),
    /** Includes a first `next build` on a slow machine. */
    startTimeoutSeconds: number("BENCH_START_TIMEOUT", 900),
    drainTimeoutSeconds: number("BENCH_DRAIN_TIMEOUT", 600),
    /** Tells this run's deliveries apart from any other (request tokens, application ids). */
    runId: randomBytes(4).toString("hex"),
  };
}

/** Credentials the app is started with and the load generators sign with. */
export function benchCredentials(runId: string) {
  return {
    wgf: { username: `bench_${runId}`, password: randomBytes(18).toString("base64url") },
    chargeAfterAuthorization: `Bearer bench-${randomBytes(18).toString("base64url")}`,
    admin: { email: `bench-admin-${runId}@localhost.localdomain`, password: randomBytes(18).toString("base64url") },
  };
}

export type BenchCredentials = ReturnType<typeof benchCredentials>;
