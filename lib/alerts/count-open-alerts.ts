// Open issues (not resolved), for the nav and the overview.
import "server-only";

import { db } from "@/lib/db/client";

export async function countOpenAlerts(): Promise<number> {
  return db().alert.count({ where: { resolvedAt: null } });
}
