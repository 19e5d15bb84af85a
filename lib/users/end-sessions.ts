import "server-only";

import { db } from "@/lib/db/client";

/** Every session of this user issued so far stops working. */
export async function endSessions(userId: string): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
