// Input schemas for users, shared by the settings page, the CLI and tests.
import { z } from "zod";

import { Role } from "@/lib/db/generated/enums";

export const emailSchema = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address." }).max(254));

export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(12, { error: "Use at least 12 characters." })
  .max(200, { error: "Use at most 200 characters." });

/** Roles as people type them (support, finance, admin). */
export const roleSchema = z
  .string({ error: "Choose a role." })
  .trim()
  .toUpperCase()
  .pipe(z.enum(Role, { error: "Role must be support, finance or admin." }));

export const createUserSchema = z.object({
  email: emailSchema,
  role: roleSchema,
  name: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || undefined),
  password: passwordSchema.optional(),
});

export type CreateUserInput = z.input<typeof createUserSchema>;
