// The delivery log over real HTTP: deliveries posted to the running server, found and
// filtered by support, replayed by an admin; support may not replay.
import { mkdirSync } from "node:fs";

import { expect, test, type Page } from "@playwright/test";

import { accessibilityViolations } from "./support/accessibility";
import { SCREENSHOT_DIR } from "./support/constants";
import { expectDetailNotFound, searchList } from "./support/page-steps";
import { acceptedDeliveryId, sendChargeAfterWebhook, sendWgfPostback } from "./support/provider-posts";
import { signInAs } from "./support/users";

test.describe.configure({ mode: "serial" });
test.beforeAll(() => mkdirSync(SCREENSHOT_DIR, { recursive: true }));

const stamp = Date.now().toString(36);
const ids = { wgfToken: `e2e-dl-${stamp}`, appId: `app_dl_${stamp}`, unknownApp: `app_unknown_${stamp}` };
const delivered: Record<"wgf" | "created" | "unknown" | "unsigned", string> = {
  wgf: "",
  created: "",
  unknown: "",
  unsigned: "",
};

/** The log's row of a delivery (its link names the delivery id). */
const row = (page: Page, id: string) =>
  page.getByRole("row").filter({ has: page.getByRole("link", { name: new RegExp(id) }) });

test("deliveries posted over HTTP are stored and answered", async ({ request }) => {
  const wgf = await sendWgfPostback(
    request,
    JSON.stringify({ version: "1.9", request_token: ids.wgfToken, status: "preapproved" }),
  );
  expect(wgf.status()).toBe(200);
  delivered.wgf = await acceptedDeliveryId(wgf);

  const created = await sendChargeAfterWebhook(request, {
    eventType: "application.created",
    createdAt: new Date().toISOString(),
    applicationId: ids.appId,
  });
  expect(created.status()).toBe(200);
  delivered.created = await acceptedDeliveryId(created);

  // An event type we do not know: stored, answered 200, ignored until a replay after an upgrade.
  const unknown = await sendChargeAfterWebhook(request, {
    eventType: `e2e.unknown-${stamp}`,
    createdAt: new Date().toISOString(),
    applicationId: ids.unknownApp,
  });
  expect(unknown.status()).toBe(200);
  delivered.unknown = await acceptedDeliveryId(unknown);

  const unsigned = await sendWgfPostback(
    request,
    JSON.stringify({ version: "1.9", request_token: `${ids.wgfToken}-x`, status: "approved" }),
    { signed: false },
  );
  expect(unsigned.status()).toBe(401);
  delivered.unsigned = (await unsigned.json()).deliveryId;
});

test("support finds deliveries, filters by provider and processing, searches an id, and opens one", async ({
  page,
}) => {
  await signInAs(page, "support");
  await page.goto("/deliveries");
  await expect(page.getByRole("heading", { level: 1, name: "Deliveries" })).toBeVisible();
  for (const id of Object.values(delivered)) await expect(row(page, id)).toBeVisible();
  await expect(page.getByRole("link", { name: /failures? in the last 24 hours/ })).toBeVisible();

  // Provider: the multi-select in the filter bar, submitted as a plain GET form.
  await page.getByRole("group", { name: "Provider" }).locator("summary").click();
  await page.getByRole("checkbox", { name: "ChargeAfter" }).check();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/provider=CHARGEAFTER/);
  await expect(row(page, delivered.created)).toBeVisible();
  await expect(row(page, delivered.wgf)).toHaveCount(0);
  await expect(page.getByText("Filtered by:")).toBeVisible();

  // Processing outcome, straight from a bookmarked URL.
  await page.goto("/deliveries?processing=IGNORED");
  await expect(row(page, delivered.unknown)).toBeVisible();
  await expect(row(page, delivered.created)).toHaveCount(0);
  await page.goto("/deliveries?processing=REJECTED&provider=WEGETFINANCING");
  await expect(row(page, delivered.unsigned)).toBeVisible();
  await expect(row(page, delivered.unsigned)).toContainText("401");

  // Search: an id from the payload, exactly.
  await page.goto("/deliveries");
  await searchList(page, "Search ids", ids.appId);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2); // header + the one delivery
  await expect(row(page, delivered.created)).toBeVisible();

  // A URL the log cannot read is explained, not a crash.
  await page.goto("/deliveries?from=2026-13-01&cursor=garbage");
  const problems = page.getByRole("main").getByRole("alert");
  await expect(problems).toContainText("From date");
  await expect(problems).toContainText("page link is not valid");

  // The delivery's page: headers, the body, what it is; no Replay for support.
  await page.goto(`/deliveries?q=${ids.appId}`);
  await row(page, delivered.created).getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/deliveries/${delivered.created}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("application.created");
  await expect(page.getByLabel("JSON body, formatted")).toContainText(`"applicationId": "${ids.appId}"`);
  await expect(page.getByRole("cell", { name: "authorization" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Replay" })).toHaveCount(0);
  expect(await accessibilityViolations(page)).toEqual([]);

  const raw = await page.request.get(`/api/deliveries/${delivered.created}/raw`);
  expect(raw.status()).toBe(200);
  expect(raw.headers()["content-disposition"]).toMatch(/^attachment/);
  expect(await raw.text()).toContain(ids.appId);

  await expectDetailNotFound(page, "/deliveries");
});

test("the log shows what a delivery was about, and a refused one's claimed event type, unverified, without Replay", async ({
  page,
}) => {
  await signInAs(page, "admin");
  // The applied one links the application it created (once the background applier is done).
  await expect(async () => {
    await page.goto(`/deliveries?q=${ids.appId}`);
    await expect(row(page, delivered.created).getByRole("link", { name: `Application ${ids.appId}` })).toBeVisible({
      timeout: 1000,
    });
  }).toPass({ timeout: 20_000 });
  await expect(row(page, delivered.created)).toContainText(/\d{2}:\d{2}:\d{2}/); // to the second

  await page.goto(`/deliveries?q=${ids.wgfToken}-x`);
  const refused = row(page, delivered.unsigned);
  await expect(refused).toContainText("wgf.postback.approved");
  await expect(refused).toContainText("unverified");
  await page.goto(`/deliveries/${delivered.unsigned}`);
  await expect(page.getByText(/No replay: It was not verified when it arrived/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Replay" })).toHaveCount(0);
});

test("an admin replays an ignored delivery and sees the outcome in place; support's direct replay is refused", async ({
  page,
  browser,
}) => {
  await signInAs(page, "admin");
  await page.goto(`/deliveries/${delivered.unknown}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`e2e.unknown-${stamp}`);

  const actionRequest = page.waitForRequest(
    (request) => request.method() === "POST" && Boolean(request.headers()["next-action"]),
  );
  await page.getByRole("button", { name: "Replay" }).click();
  const captured = await actionRequest;
  // Still an unknown type after the replay: it stays ignored, and the page says so.
  await expect(page.getByRole("status").filter({ hasText: "Replayed" })).toContainText("still ignored");
  await expect(page.getByRole("table", { name: /Audit entries/ })).toContainText("delivery.replay");
  await expect(page.getByRole("table", { name: /Audit entries/ }).getByRole("row")).toHaveCount(2);

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/delivery-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/delivery-375.png`, fullPage: true });

  // Support posts the very same server action request: refused, nothing replayed.
  const context = await browser.newContext();
  const support = await context.newPage();
  await signInAs(support, "support");
  const headers = captured.headers();
  const refused = await support.request.post(captured.url(), {
    headers: {
      "next-action": headers["next-action"]!,
      "content-type": headers["content-type"]!,
      accept: "text/x-component",
    },
    data: captured.postDataBuffer()!,
  });
  expect(refused.status()).toBe(403);
  await context.close();
  await page.reload();
  await expect(page.getByRole("table", { name: /Audit entries/ }).getByRole("row")).toHaveCount(2);
});

test("an admin replays all failed deliveries in a filter, with progress", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto(`/deliveries?processing=IGNORED&q=${ids.unknownApp}`);
  await page.getByRole("button", { name: "Replay all failed in this filter…" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("1 delivery will be replayed");
  await dialog.getByRole("button", { name: "Replay 1" }).click();
  await expect(dialog.getByRole("status")).toContainText("1 of 1 replayed, 0 applied, 1 still failing");
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(row(page, delivered.unknown)).toContainText("↻2");
});

test("screenshots of the log at laptop and phone width", async ({ page }) => {
  await signInAs(page, "admin");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/deliveries");
  await expect(row(page, delivered.created)).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/deliveries-1280.png`, fullPage: true });
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/deliveries");
  await expect(row(page, delivered.created)).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/deliveries-375.png`, fullPage: true });
  // The page itself never scrolls sideways; the table scrolls inside its own box.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.locator("label[for='filters-toggle']").click();
  await expect(page.getByRole("searchbox", { name: "Search ids" })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/deliveries-375-filters.png`, fullPage: true });
});
