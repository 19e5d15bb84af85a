// Applications over real HTTP: ChargeAfter webhooks and WeGetFinancing postbacks posted to
// the running server, then support finds, filters and opens the application, follows a
// timeline event to its delivery and back. The e2e server has no CHARGEAFTER_PRIVATE_KEY,
// so the refresh says it is not configured (the refresh itself is tested with the fake API).
import { mkdirSync } from "node:fs";

import { expect, test, type Page } from "@playwright/test";

import { accessibilityViolations } from "./support/accessibility";
import { SCREENSHOT_DIR } from "./support/constants";
import { expectDetailNotFound, searchList } from "./support/page-steps";
import { deliverChargeAfterWebhook, deliverWgfPostback } from "./support/provider-posts";
import { signInAs } from "./support/users";

test.describe.configure({ mode: "serial" });
test.beforeAll(() => mkdirSync(SCREENSHOT_DIR, { recursive: true }));

const stamp = Date.now().toString(36);
const ids = {
  caApp: `app_e2e_${stamp}`,
  caOrder: `ORD-E2E-${stamp}`,
  wgfToken: `e2e-apps-${stamp}`,
  wgfTransaction: `MT-E2E-${stamp}`,
};
const delivered = { created: "", declined: "", approved: "", wgf: "" };

/** The list's row of an application (its link names the external id). */
const row = (page: Page, externalId: string) =>
  page.getByRole("row").filter({ has: page.getByRole("link", { name: externalId, exact: true }) });

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

test("webhooks and postbacks posted over HTTP become applications", async ({ request }) => {
  delivered.created = await deliverChargeAfterWebhook(request, {
    eventType: "application.created",
    createdAt: minutesAgo(5),
    applicationId: ids.caApp,
    merchantOrderId: ids.caOrder,
  });
  // The old event name, read as application.declined.
  delivered.declined = await deliverChargeAfterWebhook(request, {
    eventType: "account.declined",
    createdAt: minutesAgo(4),
    applicationId: ids.caApp,
    lenderId: "lender_acme",
    lenderName: "Acme Credit",
    reason: "Insufficient credit history",
  });
  delivered.approved = await deliverChargeAfterWebhook(request, {
    eventType: "application.approved",
    createdAt: minutesAgo(3),
    applicationId: ids.caApp,
    lenderId: "lender_finara",
    lenderName: "Finara",
    amount: 1299.99,
  });
  delivered.wgf = await deliverWgfPostback(
    request,
    JSON.stringify({
      version: "1.9",
      request_token: ids.wgfToken,
      merchant_transaction_id: ids.wgfTransaction,
      status: "preapproved",
    }),
  );
});

test("support finds applications, filters by provider and status, searches an id, and opens one", async ({ page }) => {
  await signInAs(page, "support");
  // Deliveries are applied right after they are answered: wait until both applications are listed.
  await expect(async () => {
    await page.goto("/applications");
    await expect(row(page, ids.caApp)).toContainText("Approved", { timeout: 1000 });
    await expect(row(page, ids.wgfToken)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Applications" })).toBeVisible();
  await expect(row(page, ids.caApp)).toContainText("Finara");
  await expect(row(page, ids.caApp)).toContainText("$1,299.99");
  await expect(row(page, ids.caApp)).toContainText(ids.caOrder);
  await expect(row(page, ids.wgfToken)).toContainText("Prequalified");
  await expect(row(page, ids.wgfToken)).toContainText(ids.wgfTransaction);

  // Provider: the multi-select in the filter bar, submitted as a plain GET form.
  const provider = page.getByRole("group", { name: "Provider" }).locator("summary");
  await provider.click();
  await page.getByRole("checkbox", { name: "WeGetFinancing" }).check();
  await provider.click(); // closes the list, which may cover the Apply button
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/provider=WEGETFINANCING/);
  await expect(row(page, ids.wgfToken)).toBeVisible();
  await expect(row(page, ids.caApp)).toHaveCount(0);
  await expect(page.getByText("Filtered by:")).toBeVisible();

  // Status chips: counts under the other filters; a chip shows only that status.
  const chips = page.getByRole("navigation", { name: "Applications by status" });
  await expect(chips.getByRole("link", { name: /^Approved \d+$/ })).toBeVisible();
  await page.goto("/applications");
  await chips.getByRole("link", { name: /^Approved \d+$/ }).click();
  await expect(page).toHaveURL(/status=APPROVED/);
  await expect(chips.getByRole("link", { name: /^Approved \d+$/ })).toHaveAttribute("aria-current", "true");
  await expect(row(page, ids.caApp)).toBeVisible();
  await expect(row(page, ids.wgfToken)).toHaveCount(0);

  // Search: a merchant transaction id, exactly; then the application id.
  await page.goto("/applications");
  await searchList(page, "Search", ids.wgfTransaction);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2); // header + the one application
  await expect(row(page, ids.wgfToken)).toBeVisible();
  await page.goto(`/applications?q=${ids.caApp}`);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);

  // A URL the list cannot read is explained, not a crash.
  await page.goto("/applications?min=12.345&status=LOST&cursor=garbage");
  const problems = page.getByRole("main").getByRole("alert");
  await expect(problems).toContainText("Minimum amount");
  await expect(problems).toContainText("Status");
  await expect(problems).toContainText("page link is not valid");

  // Open it: each lender's outcome and the timeline.
  await page.goto(`/applications?q=${ids.caApp}`);
  await row(page, ids.caApp).getByRole("link", { name: ids.caApp }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(ids.caApp);
  const lenders = page.getByRole("table", { name: /Each lender's latest outcome/ });
  await expect(lenders.getByRole("row").filter({ hasText: "Finara" })).toContainText("Approved");
  await expect(lenders.getByRole("row").filter({ hasText: "Finara" })).toContainText("$1,299.99");
  await expect(lenders.getByRole("row").filter({ hasText: "Acme Credit" })).toContainText("Declined");
  await expect(lenders.getByRole("row").filter({ hasText: "Acme Credit" })).toContainText(
    "Insufficient credit history",
  );
  const timeline = page.getByRole("table", { name: /Events of this application/ });
  await expect(timeline.getByRole("row")).toHaveCount(4);
  await expect(timeline).toContainText("application.created");
  await expect(timeline).toContainText("application.declined");
  await expect(timeline).toContainText("application.approved");
  // No private key on this server: no button, and it says what to set (never a secret).
  await expect(page.getByText("Not configured: set CHARGEAFTER_PRIVATE_KEY")).toBeVisible();
  await expect(page.getByRole("button", { name: "Refresh from ChargeAfter" })).toHaveCount(0);
  expect(await accessibilityViolations(page)).toEqual([]);
  const applicationUrl = page.url();

  // Follow a timeline event to its delivery, and back.
  await timeline
    .getByRole("row")
    .filter({ hasText: "application.declined" })
    .getByRole("link", { name: /^Delivery/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`/deliveries/${delivered.declined}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("application.declined");
  await page.getByRole("link", { name: `Application ${ids.caApp}` }).click();
  await expect(page).toHaveURL(applicationUrl);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(ids.caApp);

  await expectDetailNotFound(page, "/applications");
});

test("screenshots of the list and an application at laptop and phone width", async ({ page }) => {
  await signInAs(page, "support");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/applications");
  await expect(row(page, ids.caApp)).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/applications-1280.png`, fullPage: true });

  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/applications");
  await expect(row(page, ids.caApp)).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/applications-375.png`, fullPage: true });
  // The page itself never scrolls sideways; the table scrolls inside its own box.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  await page.goto(`/applications?q=${ids.caApp}`);
  await row(page, ids.caApp).getByRole("link", { name: ids.caApp }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(ids.caApp);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/application-375.png`, fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/application-1280.png`, fullPage: true });
  expect(await accessibilityViolations(page)).toEqual([]);
});
