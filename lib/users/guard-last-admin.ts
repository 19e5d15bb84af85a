import "server-only";

import type { Prisma } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors/user-facing-error";

/** Refuses a change that would leave no active admin to manage users. */
export async function guardLastAdmin(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  // Lock the admins' rows so two concurrent demotions cannot both pass.
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM "User" WHERE role = 'ADMIN' AND "disabledAt" IS NULL FOR UPDATE`;
  if (admins.length === 1 && admins[0]!.id === userId) {
    throw new UserFacingError("This is the last active admin: make another user admin first.");
  }
}
