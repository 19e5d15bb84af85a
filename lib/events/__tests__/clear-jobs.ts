// pg-boss keeps its jobs in its own schema, which resetDatabase (public tables) leaves alone.
import { db } from "@/lib/db/client";

export async function clearJobs(): Promise<void> {
  const [schema] = await db().$queryRaw<
    { n: number }[]
  >`SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = 'pgboss'`;
  if (schema?.n) await db().$executeRawUnsafe(`TRUNCATE pgboss.job`);
}
