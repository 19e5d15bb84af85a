import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, Prisma } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors/user-facing-error";

import { generatePassword, hashPassword } from "./password";
import { createUserSchema, type CreateUserInput } from "./schemas";

/** Creates a user; when no password is given, returns the generated one (shown once). */
export async function createUser(input: CreateUserInput, actor: Actor) {
  const { email, role, name, password } = createUserSchema.parse(input);
  const plain = password ?? generatePassword();
  const passwordHash = await hashPassword(plain);
  try {
    const user = await db().$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email, role, name, passwordHash },
        select: { id: true, email: true, role: true, name: true },
      });
      await recordAudit(tx, actor, {
        action: "user.create",
        targetType: "user",
        targetId: created.id,
        details: { email, role },
      });
      return created;
    });
    return { user, generatedPassword: password ? undefined : plain };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new UserFacingError(`A user with the email ${email} already exists.`);
    }
    throw error;
  }
}
