// Signed-in browser states, one per role, made once by the setup project (e2e/auth.setup.ts)
// so specs do not sign in through the form again and again (which is slow and counts toward
// the per-address sign-in limit).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import type { BrowserContext } from "@playwright/test";

import { E2E_USERS } from "./constants";

export type E2ERole = keyof typeof E2E_USERS;

export const E2E_ROLES = Object.keys(E2E_USERS) as E2ERole[];

const AUTH_DIR = path.resolve("e2e/.artifacts/auth");

export function authStateFile(role: E2ERole): string {
  return path.join(AUTH_DIR, `${role}.json`);
}

/** Puts the role's saved session cookie into the context; false when there is none yet. */
export async function restoreAuthState(context: BrowserContext, role: E2ERole): Promise<boolean> {
  const file = authStateFile(role);
  if (!existsSync(file)) return false;
  const state = JSON.parse(readFileSync(file, "utf8")) as { cookies: Parameters<BrowserContext["addCookies"]>[0] };
  await context.clearCookies();
  await context.addCookies(state.cookies);
  return true;
}

export async function saveAuthState(context: BrowserContext, role: E2ERole): Promise<void> {
  await context.storageState({ path: authStateFile(role) });
}
