// The Prisma client, created on first use: `next build` imports route modules
// while collecting page data, and must not need a database. It runs on the general
// pool (pg-pool.ts), so DATABASE_POOL_SIZE bounds all of an instance's connections but
// the receivers'.
import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "./generated/client";
import { closePgPool, pgPool } from "./pg-pool";

const globalForDb = globalThis as unknown as { financingDeskDb?: { pool: unknown; client: PrismaClient } };

export function db(): PrismaClient {
  const pool = pgPool();
  const cached = globalForDb.financingDeskDb;
  if (cached?.pool === pool) return cached.client;
  // The pool was replaced (closed, or DATABASE_URL changed in tests): follow it.
  void cached?.client.$disconnect().catch(() => {});
  const client = new PrismaClient({ adapter: new PrismaPg(pool) });
  globalForDb.financingDeskDb = { pool, client };
  return client;
}

/** Disconnects Prisma and ends both pools. */
export async function disconnectDb(): Promise<void> {
  const cached = globalForDb.financingDeskDb;
  globalForDb.financingDeskDb = undefined;
  await cached?.client.$disconnect();
  await closePgPool();
}

export type { PrismaClient };
export { Prisma } from "./generated/client";
export * from "./generated/enums";
