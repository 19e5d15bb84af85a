// The Prisma client, created on first use: `next build` imports route modules
// while collecting page data, and must not need a database.
import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "./generated/client";

const globalForDb = globalThis as unknown as { financingDeskDb?: PrismaClient };

export function db(): PrismaClient {
  if (globalForDb.financingDeskDb) return globalForDb.financingDeskDb;
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides it.");
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: poolSize() }) });
  globalForDb.financingDeskDb = client;
  return client;
}

export async function disconnectDb(): Promise<void> {
  const client = globalForDb.financingDeskDb;
  globalForDb.financingDeskDb = undefined;
  await client?.$disconnect();
}

function poolSize(): number {
  const n = Number(process.env.DATABASE_POOL_SIZE);
  return Number.isInteger(n) && n > 0 ? n : 20;
}

export type { PrismaClient };
export { Prisma } from "./generated/client";
export * from "./generated/enums";
export type {
  User,
  Delivery,
  Application,
  Order,
  PendingCart,
  Dispute,
  FundingRecord,
  AuditLog,
} from "./generated/client";
