// Server actions are built here so none can skip a check:
// signed in → permission → input schema → the work → a result the form can show.
import { z } from "zod";
import { UserChangeError } from "../users/user-errors";
import type { Permission } from "./permissions";
import { requirePermission, type SessionUser } from "./session";

export type ActionState<T = unknown> =
  | { status: "idle" }
  | { status: "ok"; message?: string; data?: T }
  | { status: "error"; message?: string; fieldErrors?: Record<string, string[] | undefined> };


/** Errors whose message is written for the person at the screen. */
export class ActionError extends Error {}

export function defineAction<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  run: (input: z.output<S>, user: SessionUser) => Promise<{ message?: string; data?: T } | void>,
) {
  return async (_previous: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    const user = await requirePermission(permission);
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      return { status: "error", message: "Check the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
    }
    try {
      return { status: "ok", ...(await run(parsed.data, user)) };
    } catch (error) {
      if (error instanceof ActionError || error instanceof UserChangeError) return { status: "error", message: error.message };
      if (error instanceof z.ZodError) return { status: "error", message: error.issues.map((i) => i.message).join(" ") };
      throw error;
    }
  };
}
