// Every list fits its page: at 1440 px no table scrolls sideways (and the funding report shows
// "Our match"); at 375 px rows are cards whose whole area opens the row's page, and nothing
// scrolls sideways, Settings and Users included. The filter bar's multi-select says what is
// ticked before Apply, closes on Escape (focus back on its button), and only one is open.
import { mkdirSync } from "node:fs";

import { expect, test, type Page } from "@playwright/test";

import { accessibilityViolations } from "./support/accessibility";
import { SCREENSHOT_DIR } from "./support/constants";
import { insertPendingCart } from "./support/database";
import { deliverChargeAfterWebhook, deliverWgfPostback } from "./support/provider-posts";
import { signInAs } from "./support/users";

test.describe.configure({ mode: "serial" });
test.beforeAll(() => mkdirSync(SCREENSHOT_DIR, { recursive: true }));

const stamp = `ll${Date.now().toString(36)}`;
// Long values, as real traffic has them: they must wrap, not widen the table.
const app = { id: `app_layout_${stamp}_with_a_rather_long_identifier`, order: `ORD-LAYOUT-${stamp}-000123` };
const unfundedApp = `app_layout_unfunded_${stamp}`;
const cart = { transaction: `LAYOUT-ORDER-${stamp}`, token: `layout-tok-${stamp}` };
const email = `a.very.long.customer.address+${stamp}@an-example-merchant-domain.test`;

const LISTS = [
  { path: "/applications", role: "support" },
  { path: "/deliveries", role: "support" },
  { path: "/disputes", role: "support" },
  { path: "/orders", role: "support" },
  { path: "/reconciliation", role: "finance" },
  { path: "/reconciliation/unfunded?days=0", role: "finance" },
] as const;

const FUNDING_HEADER =
  "chargeId,transactionId,transactionType,transactionDate,transactionAmount,discountAmount,netAmount,fundedAt,status,lenderName,productType,promoCode,merchantOrderId,merchantTransactionId,firstName,lastName,email,updatedAt";

function fundingFile(): string {
  const statuses = ["RECONCILED", "AMOUNT_MISMATCH", "ORIGINAL_TRANSACTION_MISSING", "UNRECONCILED"];
  const lines = statuses.map((status, i) =>
    [
      `ch_${stamp}_${i}_0123456789abcdef`,
      `tx_${stamp}_${i}_0123456789abcdef0123`,
      i === 2 ? "Refund" : "Settle",
      `2026-03-0${i + 1}T15:00:00.000Z`,
      i === 2 ? "-1234567.89" : "1234567.89",
      "49382.72",
      "1185185.17",
      i === 3 ? "" : `2026-03-0${i + 3}T12:00:00.000Z`,
      status,
      "Acme Consumer Credit Corporation of America,Installments,ZERO-APR-24-MONTHS",
      i === 0 ? app.order : `ORD-UNMATCHED-${stamp}-${i}-0123456789`,
      `MT-${stamp}-${i}-0123456789`,
      `Maximiliana,Featherstonehaugh-Cholmondeley,${email}`,
      `2026-03-0${i + 1}T18:00:00.000Z`,
    ].join(","),
  );
  return [FUNDING_HEADER, ...lines].join("\r\n") + "\r\n";
}

/** Reloads until the background applier has applied what was posted. */
async function eventually(page: Page, url: string, check: () => Promise<void>) {
  await expect(async () => {
    await page.goto(url);
    await check();
  }).toPass({ timeout: 20_000, intervals: [250, 500, 1000] });
}

/** Visits every list, signed in with a role that may see it; yields each path once loaded. */
async function* eachList(page: Page) {
  let signedIn = "";
  for (const { path, role } of LISTS) {
    if (signedIn !== role) {
      await page.context().clearCookies(); // signed out: the sign-in page would send us on
      await signInAs(page, role);
      signedIn = role;
    }
    await page.goto(path);
    yield path;
  }
}

/** The page and every table's scroll box are no wider than what they show. */
async function overflow(page: Page) {
  return page.evaluate(() => ({
    page: document.documentElement.scrollWidth - window.innerWidth,
    tables: [...document.querySelectorAll("table")].map((table) => {
      const box = table.parentElement!;
      return Math.max(table.scrollWidth - table.clientWidth, box.scrollWidth - box.clientWidth);
    }),
  }));
}

test("rows of every list exist: applications, a dispute, an order, funding records", async ({ page, request }) => {
  await deliverChargeAfterWebhook(request, {
    eventType: "application.created",
    createdAt: new Date(Date.now() - 600_000).toISOString(),
    applicationId: app.id,
    merchantOrderId: app.order,
    customer: { firstName: "Maximiliana", lastName: "Featherstonehaugh", email },
  });
  // The second, approved with no funding record, is listed on /reconciliation/unfunded.
  for (const [applicationId, amount] of [
    [app.id, 1234567.89],
    [unfundedApp, 999.99],
  ] as const) {
    await deliverChargeAfterWebhook(request, {
      eventType: "application.approved",
      createdAt: new Date(Date.now() - 500_000).toISOString(),
      applicationId,
      lenderId: "lender_layout",
      lenderName: "Acme Consumer Credit Corporation of America",
      amount,
    });
  }
  await deliverChargeAfterWebhook(request, {
    eventType: "disputes.created",
    createdAt: new Date(Date.now() - 400_000).toISOString(),
    disputeId: `dsp_layout_${stamp}_0123456789abcdef`,
    lenderDisputeId: `LND-LAYOUT-${stamp}-0123456789`,
    lenderId: "lender_layout",
    applicationId: app.id,
  });
  await insertPendingCart({
    merchantTransactionId: cart.transaction,
    requestToken: cart.token,
    amount: "1234567.89",
    customer: { firstName: "Maximiliana", lastName: "Featherstonehaugh-Cholmondeley", email },
  });
  await deliverWgfPostback(request, {
    version: "1.9",
    request_token: cart.token,
    merchant_transaction_id: cart.transaction,
    status: "approved",
    approved_amount: "1234567.89",
  });

  await signInAs(page, "finance");
  await page.goto("/reconciliation");
  await page.getByLabel(/Report file/).setInputFiles({
    name: `layout-${stamp}.csv`,
    mimeType: "text/csv",
    buffer: Buffer.from(fundingFile(), "utf8"),
  });
  await page.getByRole("button", { name: "Import file" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Imported layout-${stamp}.csv` })).toBeVisible();
  await eventually(page, `/orders?q=${cart.transaction}`, async () => {
    await expect(page.getByRole("row").filter({ hasText: cart.transaction })).toContainText("Open", { timeout: 1000 });
  });
});

test("at 1440 px every list fits its page and the funding table shows Our match", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  for await (const path of eachList(page)) {
    await expect(page.locator("tbody tr").first()).toBeVisible();
    const { page: extraWidth, tables } = await overflow(page);
    expect(extraWidth, `${path}: the page scrolls sideways`).toBeLessThanOrEqual(0);
    for (const extra of tables) expect(extra, `${path}: a table scrolls sideways`).toBeLessThanOrEqual(0);
    // Rows stay rows: cards are for narrow screens.
    expect(
      await page
        .locator("tbody tr")
        .first()
        .evaluate((row) => getComputedStyle(row).display),
      path,
    ).toBe("table-row");
  }
  await page.goto(`/reconciliation?q=${stamp}`);
  // Within the screen's width (the table is further down the page).
  for (const shown of [
    page.getByRole("columnheader", { name: "Our match" }),
    page.getByRole("table").getByText("No local match").first(),
  ]) {
    await expect(shown).toBeVisible();
    const { left, right } = await shown.evaluate((el) => el.getBoundingClientRect());
    expect(left >= 0 && right <= 1440, `${await shown.textContent()} at ${left}…${right}`).toBe(true);
  }
  await page.screenshot({ path: `${SCREENSHOT_DIR}/list-layout-reconciliation-1440.png`, fullPage: true });
  expect(await accessibilityViolations(page)).toEqual([]);
});

test("at 375 px rows are cards that open the row's page, and nothing scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for await (const path of eachList(page)) {
    const card = page.locator("tbody tr:has(a.row-link)").first();
    await card.scrollIntoViewIfNeeded(); // elementFromPoint sees the viewport only
    expect(await card.evaluate((row) => getComputedStyle(row).display), path).toBe("grid");
    expect((await overflow(page)).page, `${path}: the page scrolls sideways`).toBeLessThanOrEqual(0);
    // A point of the card away from its text (its bottom-right padding) belongs to the row's link.
    const box = (await card.boundingBox())!;
    const href = await card.locator("a.row-link").getAttribute("href");
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest("a")?.getAttribute("href") ?? null,
      [box.x + box.width - 4, box.y + box.height - 4],
    );
    expect(hit, `${path}: the whole card is a link`).toBe(href);
  }
  await page.goto(`/applications?q=${app.id}`); // and a tap there opens it
  const card = page.locator("tbody tr").first();
  await card.scrollIntoViewIfNeeded();
  const box = (await card.boundingBox())!;
  await page.mouse.click(box.x + box.width - 4, box.y + box.height - 4);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(app.id);

  await page.goto(`/reconciliation?q=${stamp}`);
  await expect(page.locator("tbody tr[data-transaction-id]").first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/list-layout-reconciliation-375.png`, fullPage: true });
  expect(await accessibilityViolations(page)).toEqual([]);
});

test("at 375 px Settings and Users fit the screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signInAs(page, "admin");
  for (const path of ["/settings", "/settings/users"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect((await overflow(page)).page, `${path}: the page scrolls sideways`).toBeLessThanOrEqual(0);
    await page.screenshot({
      path: `${SCREENSHOT_DIR}/list-layout${path.replaceAll("/", "-")}-375.png`,
      fullPage: true,
    });
  }
  // The new-user form is usable: every field is within the screen.
  for (const label of ["Email", "Name (optional)", "Role", "Password (optional)"]) {
    await expect(page.getByLabel(label, { exact: true })).toBeInViewport();
  }
  expect(await accessibilityViolations(page)).toEqual([]);
});

test("a multi-select shows what is ticked before Apply, closes on Escape, and only one is open", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signInAs(page, "support");
  await page.goto("/applications");
  const provider = page.getByRole("group", { name: "Provider" });
  const status = page.getByRole("group", { name: "Status" });
  const providerButton = provider.locator("summary");

  await providerButton.click();
  await expect(provider.locator("details")).toHaveAttribute("open", "");
  await provider.getByRole("checkbox", { name: "WeGetFinancing" }).check();
  await provider.getByRole("checkbox", { name: "ChargeAfter" }).check();
  await expect(providerButton).toContainText("WeGetFinancing, ChargeAfter");
  await expect(page).toHaveURL(/\/applications$/); // nothing applied yet

  await page.keyboard.press("Escape");
  await expect(provider.locator("details")).not.toHaveAttribute("open", "");
  await expect(providerButton).toBeFocused();
  await expect(providerButton).toContainText("WeGetFinancing, ChargeAfter");

  // Opening another closes the first.
  await providerButton.click();
  await status.locator("summary").click();
  await expect(status.locator("details")).toHaveAttribute("open", "");
  await expect(provider.locator("details")).not.toHaveAttribute("open", "");
  for (const name of ["Approved", "Declined", "Pending"]) await status.getByRole("checkbox", { name }).check();
  await expect(status.locator("summary")).toContainText("3 selected");
  await expect(status.locator("summary")).toHaveAccessibleName("Status: 3 selected");

  // Keyboard only: Enter opens it, Escape closes it; then Apply submits what was ticked.
  await status.locator("summary").focus();
  await page.keyboard.press("Escape");
  await expect(status.locator("details")).not.toHaveAttribute("open", "");
  await page.keyboard.press("Enter");
  await expect(status.locator("details")).toHaveAttribute("open", "");
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/provider=WEGETFINANCING&provider=CHARGEAFTER&status=/);
  await expect(page.getByRole("group", { name: "Status" }).locator("summary")).toContainText("3 selected");
  expect(await accessibilityViolations(page)).toEqual([]);
});
