import { db } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors/user-facing-error";

import { emailSchema } from "./schemas";

/** A user by email, or a clear error naming the email that matched nobody. */
export async function findUserIdByEmail(email: string): Promise<string> {
  const normalised = emailSchema.parse(email);
  const user = await db().user.findUnique({ where: { email: normalised }, select: { id: true } });
  if (!user) throw new UserFacingError(`No user with the email ${normalised}.`);
  return user.id;
}
