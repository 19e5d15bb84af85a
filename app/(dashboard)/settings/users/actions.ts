"use server";

// User administration (admins only): create, change role, disable/enable, reset password.
import { revalidatePath } from "next/cache";
import { z } from "zod";

import { defineAction } from "@/lib/auth/action";
import { roleLabels } from "@/lib/auth/permissions";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { changeUserRole } from "@/lib/users/change-user-role";
import { createUser } from "@/lib/users/create-user";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { emailSchema, passwordSchema, roleSchema } from "@/lib/users/schemas";
import { setUserDisabled } from "@/lib/users/set-user-disabled";

const USERS_PATH = "/settings/users";

/** An empty form field means "not given". */
const optionalPassword = z
  .string()
  .optional()
  .transform((value) => (value ? value : undefined))
  .pipe(passwordSchema.optional());

const userId = z.uuid({ error: "Unknown user." });

/** A generated password travels back once, to be shown once. */
export type PasswordResult = { email: string; generatedPassword: string | undefined };

export const createUserAction = defineAction(
  "manageUsers",
  z.object({
    email: emailSchema,
    name: z.string().trim().max(200, { error: "Use at most 200 characters." }).optional(),
    role: roleSchema,
    password: optionalPassword,
  }),
  async (input, user) => {
    const { user: created, generatedPassword } = await createUser(
      { email: input.email, name: input.name, role: input.role, password: input.password },
      user,
    );
    revalidatePath(USERS_PATH);
    return {
      message: `Created ${created.email} (${roleLabels[created.role]}).`,
      data: { email: created.email, generatedPassword } as PasswordResult,
    };
  },
);

export const changeRoleAction = defineAction(
  "manageUsers",
  z.object({ userId, role: roleSchema }),
  async (input, user) => {
    const changed = await changeUserRole(input.userId, input.role, user);
    revalidatePath(USERS_PATH);
    return { message: `${changed.email} is now ${roleLabels[changed.role]}.` };
  },
);

export const setDisabledAction = defineAction(
  "manageUsers",
  z.object({ userId, disabled: z.enum(["true", "false"]).transform((value) => value === "true") }),
  async (input, user) => {
    const changed = await setUserDisabled(input.userId, input.disabled, user);
    revalidatePath(USERS_PATH);
    return {
      message: input.disabled ? `Disabled ${changed.email}; their sessions have ended.` : `Enabled ${changed.email}.`,
    };
  },
);

export const resetPasswordAction = defineAction(
  "manageUsers",
  z.object({ userId, password: optionalPassword }),
  async (input, user) => {
    // A generated password for oneself could never be read: the reset ends this very session.
    if (input.userId === user.id && !input.password) {
      throw new UserFacingError(
        "Type your new password: resetting your own password signs you out before a generated one could be shown.",
      );
    }
    const { user: changed, generatedPassword } = await resetUserPassword(input.userId, input.password, user);
    revalidatePath(USERS_PATH);
    return {
      message: `New password set for ${changed.email}; their other sessions have ended.`,
      data: { email: changed.email, generatedPassword } as PasswordResult,
    };
  },
);
