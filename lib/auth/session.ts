// The one way pages, actions and routes learn who is signed in and what they may do.
import "server-only";

import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { z } from "zod";

import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";

import { auth } from "./auth";
import { can, type Permission } from "./permissions";

export type SessionUser = { id: string; email: string; name: string | null; role: Role };

/** The signed-in user, re-read from the database: a disabled user or a reset password ends the session. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return activeSessionUser(id, session.user.sessionVersion);
});

/** The user a session token names, if it still stands: not gone, not disabled, not signed out everywhere. */
export async function activeSessionUser(id: string, sessionVersion: number | undefined): Promise<SessionUser | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const user = await db().user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, sessionVersion: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}

/** For pages and server actions: redirects to sign-in, or renders 403. */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user.role, permission)) forbidden();
  return user;
}

/** For route handlers: the user, or the 401/403 response to send. */
export async function authorizeRequest(
  permission: Permission,
): Promise<{ user: SessionUser } | { response: Response }> {
  const user = await currentUser();
  if (!user) return { response: Response.json({ error: "Sign in first." }, { status: 401 }) };
  if (!can(user.role, permission))
    return { response: Response.json({ error: "Your role may not do this." }, { status: 403 }) };
  return { user };
}
