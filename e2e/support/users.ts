// Creates e2e users through the real command line (`npm run user`), which attaches
// to the embedded database of the running dashboard.
import { execFileSync } from "node:child_process";

import { expect, type Page } from "@playwright/test";

import { restoreAuthState, saveAuthState, type E2ERole } from "./auth-state";
import { E2E_DATA_DIR, E2E_USERS } from "./constants";

export function runUserCommand(args: string[]): string {
  return execFileSync(process.execPath, ["--import", "tsx", "scripts/user.ts", ...args], {
    env: { ...process.env, DATA_DIR: E2E_DATA_DIR, DATABASE_URL: "" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

const ensured = new Set<string>();

export function ensureUser(role: keyof typeof E2E_USERS): (typeof E2E_USERS)[typeof role] {
  const user = E2E_USERS[role];
  if (role !== "admin" && !ensured.has(role)) {
    try {
      runUserCommand(["create", user.email, "--role", role, "--password", user.password]);
    } catch (error) {
      if (!String((error as { stderr?: string }).stderr).includes("already exists")) throw error;
    }
    ensured.add(role);
  }
  return user;
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in through the form and lands on the overview. */
export async function signInThroughForm(page: Page, role: E2ERole) {
  const user = ensureUser(role);
  await signIn(page, user.email, user.password);
  await expect(page).toHaveURL(/:\d+\/$/);
}

/**
 * Opens the applications list signed in as the role, with the session the setup project saved.
 * A session that no longer stands (signed out everywhere, password reset) is made again through
 * the form and saved for the next test.
 */
export async function signInAs(page: Page, role: E2ERole) {
  // Leave the current page first: a request still in flight for the previous user (a link
  // prefetch) could otherwise answer with that user's session cookie after ours is set.
  await page.goto("about:blank");
  if (await restoreAuthState(page.context(), role)) {
    await page.goto("/applications");
    const email = E2E_USERS[role].email;
    if (new URL(page.url()).pathname === "/applications" && (await page.getByTitle(email, { exact: true }).count()) > 0)
      return;
    await page.context().clearCookies();
  }
  await signInThroughForm(page, role);
  await saveAuthState(page.context(), role);
}
