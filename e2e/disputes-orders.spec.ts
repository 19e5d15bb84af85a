// Disputes and orders over real HTTP: a ChargeAfter dispute's lifecycle found, filtered
// and followed to its deliveries; a pending cart promoted by a signed WeGetFinancing
// approval, then cancelled and refunded, as support sees it on /orders.
import { mkdirSync } from "node:fs";

import { expect, test, type Page } from "@playwright/test";

import { accessibilityViolations } from "./support/accessibility";
import { SCREENSHOT_DIR } from "./support/constants";
import { insertPendingCart } from "./support/database";
import { expectDetailNotFound } from "./support/page-steps";
import { deliverChargeAfterWebhook, deliverWgfPostback } from "./support/provider-posts";
import { signInAs } from "./support/users";

test.describe.configure({ mode: "serial" });
test.beforeAll(() => mkdirSync(SCREENSHOT_DIR, { recursive: true }));

const stamp = Date.now().toString(36);
const dispute = {
  id: `dsp_e2e_${stamp}`,
  lenderDisputeId: `LND-${stamp}`,
  lenderId: "lender_e2e",
  appId: `app_dsp_${stamp}`,
};
const cart = {
  merchantTransactionId: `E2E-ORDER-${stamp}`,
  requestToken: `e2e-tok-${stamp}`,
  email: `buyer-${stamp}@example.test`,
};
const deliveries: string[] = [];
let disputeUrl = "";

/** Reloads until the background applier has applied what was posted. */
async function eventually(page: Page, url: string, check: () => Promise<void>) {
  await expect(async () => {
    await page.goto(url);
    await check();
  }).toPass({ timeout: 20_000, intervals: [250, 500, 1000] });
}

const disputeRow = (page: Page) => page.getByRole("row").filter({ hasText: dispute.id });
const orderRow = (page: Page) => page.getByRole("row").filter({ hasText: cart.merchantTransactionId });

test("a ChargeAfter dispute goes created → lender updated → resolved", async ({ request }) => {
  const at = (minutes: number) => new Date(Date.now() - (60 - minutes) * 60_000).toISOString();
  await deliverChargeAfterWebhook(request, {
    eventType: "application.created",
    createdAt: at(0),
    applicationId: dispute.appId,
  });
  const base = {
    disputeId: dispute.id,
    lenderDisputeId: dispute.lenderDisputeId,
    lenderId: dispute.lenderId,
    applicationId: dispute.appId,
  };
  deliveries.push(
    await deliverChargeAfterWebhook(request, { eventType: "disputes.created", createdAt: at(10), ...base }),
  );
  deliveries.push(
    await deliverChargeAfterWebhook(request, { eventType: "disputes.lender.updated", createdAt: at(20), ...base }),
  );
  deliveries.push(
    await deliverChargeAfterWebhook(request, { eventType: "disputes.resolved", createdAt: at(30), ...base }),
  );
});

test("support finds the dispute, filters by status, opens it and follows an event to its delivery", async ({
  page,
}) => {
  await signInAs(page, "support");
  await eventually(page, "/disputes", async () => {
    await expect(disputeRow(page)).toContainText("Resolved", { timeout: 1000 });
  });
  await expect(page.getByRole("heading", { level: 1, name: "Disputes" })).toBeVisible();
  await expect(disputeRow(page)).toContainText(dispute.lenderDisputeId);
  await expect(disputeRow(page).getByRole("link", { name: dispute.appId })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  // Status filter through the form: not among the open ones, then among the resolved ones.
  await page.getByRole("group", { name: "Status" }).locator("summary").click();
  await page.getByRole("checkbox", { name: "Open" }).check();
  // Closed again before Apply: with the deadline filter the bar wraps and the open list covers Apply.
  await page.getByRole("group", { name: "Status" }).locator("summary").click();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=OPEN/);
  await expect(disputeRow(page)).toHaveCount(0);
  await page.goto("/disputes?status=RESOLVED&lender=lender_e2e");
  await expect(disputeRow(page)).toBeVisible();
  await page.goto(`/disputes?q=${dispute.lenderDisputeId}`);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);

  await disputeRow(page)
    .getByRole("link", { name: new RegExp(dispute.id) })
    .click();
  await expect(page).toHaveURL(/\/disputes\/[0-9a-f-]{36}$/);
  disputeUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1 })).toContainText(dispute.id);
  const timeline = page.getByRole("list", { name: "Dispute events, oldest first" });
  await expect(timeline.getByRole("listitem")).toHaveCount(3);
  await expect(timeline.getByRole("listitem").nth(0)).toContainText("disputes.created");
  await expect(timeline.getByRole("listitem").nth(1)).toContainText("disputes.lender.updated");
  await expect(timeline.getByRole("listitem").nth(2)).toContainText("disputes.resolved");
  await expect(page.getByRole("link", { name: new RegExp(dispute.appId) })).toHaveAttribute(
    "href",
    /^\/applications\/[0-9a-f-]{36}$/,
  );
  expect(await accessibilityViolations(page)).toEqual([]);

  await timeline
    .getByRole("listitem")
    .nth(1)
    .getByRole("link", { name: /Delivery received/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`/deliveries/${deliveries[1]}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("disputes.lender.updated");

  await expectDetailNotFound(page, "/disputes");
});

test("support enters an open dispute's amount and response deadline and sees the days left in the list", async ({
  page,
  request,
}) => {
  const openId = `${dispute.id}_open`;
  await deliverChargeAfterWebhook(request, {
    eventType: "disputes.created",
    createdAt: new Date(Date.now() - 3_600_000).toISOString(),
    disputeId: openId,
    lenderId: dispute.lenderId,
    applicationId: dispute.appId,
  });
  // Five days from today in the app's zone (playwright.config.ts: America/New_York).
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(new Date());
  const due = new Date(Date.parse(`${today}T00:00:00Z`) + 5 * 86_400_000).toISOString().slice(0, 10);

  await signInAs(page, "support");
  await eventually(page, `/disputes?q=${openId}`, async () => {
    await expect(page.getByRole("row").filter({ hasText: openId })).toBeVisible({ timeout: 1000 });
  });
  await page
    .getByRole("row")
    .filter({ hasText: openId })
    .getByRole("link", { name: new RegExp(openId) })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(openId);
  await page.getByLabel("Amount (USD)").fill("12.345");
  await page.getByRole("button", { name: "Save dispute details" }).click();
  await expect(page.getByText("Use at most two decimal places (cents).")).toBeVisible();
  await page.getByLabel("Amount (USD)").fill("249.99");
  await page.getByLabel("Response due date").fill(due);
  await page.getByRole("button", { name: "Save dispute details" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved the amount, response due date." })).toBeVisible();
  const card = page.getByRole("region", { name: /What to act on/ });
  await expect(card).toContainText("entered by support");
  await expect(card).toContainText("due in 5 days");
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.goto("/disputes?deadline=due-soon");
  const listed = page.getByRole("row").filter({ hasText: openId });
  await expect(listed).toContainText("$249.99");
  await expect(listed).toContainText("due in 5 days");
});

test("a pending cart waits for approval, becomes an order on a signed approval, then is cancelled and refunded", async ({
  page,
  request,
}) => {
  await insertPendingCart({
    merchantTransactionId: cart.merchantTransactionId,
    requestToken: cart.requestToken,
    amount: "479.00",
    shippingAmount: "20.00",
    customer: { firstName: "Grace", lastName: "Hopper", email: cart.email },
  });
  await signInAs(page, "support");
  await page.goto(`/orders?q=${cart.merchantTransactionId}`);
  await expect(orderRow(page)).toContainText("Waiting for the customer");
  await expect(orderRow(page)).toContainText("$499.00");
  await expect(orderRow(page)).toContainText("No application yet");

  await deliverWgfPostback(request, {
    version: "1.9",
    request_token: cart.requestToken,
    merchant_transaction_id: cart.merchantTransactionId,
    status: "approved",
    approved_amount: "499.00",
  });
  // The delivery page's link to an order: /orders?q=<merchant transaction id>.
  await eventually(page, `/orders?q=${encodeURIComponent(cart.merchantTransactionId)}`, async () => {
    await expect(orderRow(page)).toContainText("Open", { timeout: 1000 });
  });
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2); // header + exactly that order
  await expect(orderRow(page)).toContainText("$499.00");
  await expect(orderRow(page)).toContainText("Approved");
  await expect(orderRow(page)).not.toContainText("Waiting for the customer");
  const applicationLink = orderRow(page).getByRole("link", { name: new RegExp(cart.requestToken) });
  await expect(applicationLink).toHaveAttribute("href", /^\/applications\/[0-9a-f-]{36}$/);
  await page.goto(`/orders?q=${cart.email}&kind=orders`);
  await expect(orderRow(page)).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  await deliverWgfPostback(request, {
    version: "1.9",
    request_token: cart.requestToken,
    updates: { status: "refund", amount: "30.00" },
  });
  await eventually(page, `/orders?q=${cart.requestToken}`, async () => {
    await expect(orderRow(page)).toContainText("$30.00 refunded of $499.00", { timeout: 1000 });
  });

  await deliverWgfPostback(request, {
    version: "1.9",
    request_token: cart.requestToken,
    merchant_transaction_id: cart.merchantTransactionId,
    status: "cancelled",
  });
  await eventually(page, `/orders?q=${cart.requestToken}&status=CANCELLED`, async () => {
    await expect(orderRow(page)).toContainText("Cancelled", { timeout: 1000 });
  });
  await expect(orderRow(page)).toContainText("$30.00 refunded of $499.00");
});

test("rejected after approval puts the order on hold; support reopens it from the application page", async ({
  page,
  request,
}) => {
  const held = { merchantTransactionId: `E2E-HOLD-${stamp}`, requestToken: `e2e-hold-${stamp}` };
  const heldRow = () => page.getByRole("row").filter({ hasText: held.merchantTransactionId });
  await insertPendingCart({
    ...held,
    amount: "479.00",
    shippingAmount: "20.00",
    customer: { firstName: "Ada", lastName: "Lovelace", email: `hold-${stamp}@example.test` },
  });
  await deliverWgfPostback(request, {
    version: "1.9",
    request_token: held.requestToken,
    merchant_transaction_id: held.merchantTransactionId,
    status: "approved",
    approved_amount: "400.00",
  });
  await deliverWgfPostback(request, {
    version: "1.9",
    request_token: held.requestToken,
    merchant_transaction_id: held.merchantTransactionId,
    status: "rejected",
  });
  await signInAs(page, "support");
  await eventually(page, `/orders?q=${held.merchantTransactionId}&status=ON_HOLD`, async () => {
    await expect(heldRow()).toContainText("On hold", { timeout: 1000 });
  });
  await expect(heldRow()).toContainText("WeGetFinancing reported rejected after approval");
  await expect(heldRow()).toContainText("Approved amount differs");

  await heldRow()
    .getByRole("link", { name: new RegExp(held.requestToken) })
    .click();
  await page.getByRole("button", { name: "Reopen the order" }).click();
  // The page is rendered again: the order is open, its history says it was on hold, no buttons remain.
  const orders = page.getByRole("region", { name: "Orders" });
  await expect(orders).toContainText("Was on hold: WeGetFinancing reported rejected after approval");
  await expect(orders.getByRole("button", { name: "Reopen the order" })).toHaveCount(0);
  await page.goto(`/orders?q=${held.merchantTransactionId}`);
  await expect(heldRow()).toContainText("Open");
  await expect(heldRow()).not.toContainText("On hold");
});

test("screenshots of the three pages at laptop and phone width; no sideways scrolling", async ({ page }) => {
  await signInAs(page, "support");
  const pages = [
    ["disputes", "/disputes"],
    ["dispute", disputeUrl],
    ["orders", "/orders"],
  ] as const;
  for (const [name, url] of pages) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(url);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}-375.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${url} at 375 px`).toBeLessThanOrEqual(
      375,
    );
  }
});
