import { db } from "../lib/db/client";
import { deliveryApplierIdle } from "../lib/ingest/apply-pending-deliveries";

/** Empties every table but the migration history: a clean slate for a test. */
export async function resetDatabase(): Promise<void> {
  // The out-of-band applier may still be working on the last test's deliveries.
  await deliveryApplierIdle();
  const tables = await db().$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  if (!tables.length) return;
  await db().$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} CASCADE`);
}
