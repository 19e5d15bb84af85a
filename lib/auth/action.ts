// Server actions are built here so none can skip a check:
// signed in → permission → input schema → the work → a result the form can show.
import { z } from "zod";

import { UserFacingError } from "@/lib/errors/user-facing-error";

import type { Permission } from "./permissions";
import { requirePermission, type SessionUser } from "./session";

export type ActionState<T = unknown> =
  | { status: "idle" }
  | { status: "ok"; message?: string; data?: T }
  | { status: "error"; message?: string; fieldErrors?: Record<string, string[] | undefined> };

export function defineAction<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  run: (input: z.output<S>, user: SessionUser) => Promise<{ message?: string; data?: T } | void>,
) {
  return async (_previous: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    const user = await requirePermission(permission);
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      return { status: "error", message: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
    }
    try {
      return { status: "ok", ...(await run(parsed.data, user)) };
    } catch (error) {
      if (error instanceof UserFacingError)
        return { status: "error", message: error.message, fieldErrors: error.fieldErrors };
      if (error instanceof z.ZodError)
        return { status: "error", message: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(error) };
      throw error;
    }
  };
}

/** Messages by field path ("email", "billing.city", "items.0.quantity"), as forms name their inputs. */
function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[issue.path.join(".") || "form"] ??= []).push(issue.message);
  return errors;
}
