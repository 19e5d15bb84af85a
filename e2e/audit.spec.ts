// Issue 15 point 5 in the browser: an admin opens the audit log from Settings, filters it by
// action and downloads exactly that view; support gets the forbidden page.
import { readFileSync } from "node:fs";

import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";

import { signInAs } from "./support/users";

test("an admin filters the audit log by action and exports that view", async ({ page }) => {
  await signInAs(page, "admin");
  // Something audited: a deliveries export (delivery.export).
  expect((await page.request.get("/api/deliveries/export")).status()).toBe(200);

  await page.goto("/settings");
  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();

  const action = page.getByRole("group", { name: "Action" }).locator("summary");
  await action.click();
  await page.getByRole("checkbox", { name: /^Deliveries exported/ }).check();
  await action.click();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/action=delivery\.export/);
  const table = page.getByRole("table", { name: /Audit entries/ });
  await expect(table.getByRole("row").nth(1)).toContainText("Deliveries exported");
  await expect(table).not.toContainText("User created");
  await expect(page.getByText("Filtered by:")).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /^Export CSV/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^audit-log_delivery.export_.*\.csv$/);
  const rows = parse(readFileSync((await download.path())!, "utf8"), { columns: true }) as Record<string, string>[];
  expect(rows.length).toBeGreaterThan(0);
  expect(new Set(rows.map((row) => row.action))).toEqual(new Set(["delivery.export"]));
});

test("support gets the forbidden page, and no export", async ({ page }) => {
  await signInAs(page, "support");
  await page.goto("/settings/audit");
  await expect(page.getByRole("heading", { name: "Your role does not allow this page" })).toBeVisible();
  expect((await page.request.get("/api/audit/export")).status()).toBe(403);
});
