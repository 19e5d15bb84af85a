import { spawnSync } from "node:child_process";

import { expect, test } from "@playwright/test";

import { E2E_ADMIN, E2E_DATA_DIR } from "./support/constants";
import { runUserCommand, signIn, signInAs } from "./support/users";

test("an admin creates a user with a generated password, who can then sign in with the right role", async ({
  page,
  browser,
}) => {
  await signInAs(page, "admin");
  await page.goto("/settings/users");
  await page.getByLabel("Email", { exact: true }).fill("new.hire@e2e.test");
  await page.getByLabel("Role", { exact: true }).selectOption({ label: "Finance" });
  await page.getByRole("button", { name: "Create user" }).click();
  const secret = page.locator("code").first();
  await expect(secret).toHaveText(/^[A-Za-z2-9]{20}$/);
  const password = (await secret.textContent())!.trim();
  await expect(page.getByRole("row", { name: /new\.hire@e2e\.test/ })).toContainText("Finance");

  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, "new.hire@e2e.test", password);
  await expect(other).toHaveURL(/:\d+\/$/);
  await expect(other.getByRole("navigation").first().getByRole("link", { name: "Reconciliation" })).toBeVisible();
  await context.close();

  // The command line sees the same user while the dashboard runs on the embedded database.
  expect(runUserCommand(["list"])).toMatch(/new\.hire@e2e\.test\s+finance\s+active/);
});

test("a field error is shown next to the field", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/settings/users");
  await page.getByLabel("Email", { exact: true }).fill("not-an-email");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
});

test("reset-password from the command line lets a locked-out admin back in", async ({ page }) => {
  for (let i = 0; i < 5; i++) {
    await signIn(page, E2E_ADMIN.email, `wrong password ${i}`);
    await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  }
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Too many failed attempts");
  runUserCommand(["reset-password", E2E_ADMIN.email, "--password", E2E_ADMIN.password]);
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await expect(page).toHaveURL(/:\d+\/$/);
});

test("a second dashboard on the same DATA_DIR refuses to start, naming the running one", () => {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, DATA_DIR: E2E_DATA_DIR, DATABASE_URL: "", PORT: "3199" },
    encoding: "utf8",
    timeout: 120_000,
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/already running from .*\(process \d+\)/);
});
