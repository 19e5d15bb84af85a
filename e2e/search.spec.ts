// Issue 13 in the browser: finance sees a funding record matched the moment its application's
// webhook arrives (no sync pressed); support finds Camila by name through the shell's search
// box (one whose name only the funding report holds, one from a WeGetFinancing cart) and
// opens her application, which says where her name came from.
import { expect, test } from "@playwright/test";

import { insertPendingCart } from "./support/database";
import { importFile, record, toCsv } from "./support/funding-report-file";
import { deliverChargeAfterWebhook, deliverWgfPostback } from "./support/provider-posts";
import { signInAs } from "./support/users";

test.describe.configure({ mode: "serial" });

const tag = `sr${Date.now().toString(36)}`;
const transactionId = `tx_${tag}`;
const fundingRecord = record(
  "RECONCILED",
  "Settle",
  "1299.99",
  "52.00",
  "1247.99",
  {
    transactionId,
    merchantOrderId: `ORD-${tag}`,
    firstName: "Camila",
    lastName: `Rojas${tag}`,
    email: `camila+${tag}@example.test`,
  },
  tag,
);

test("finance sees a record matched the moment its application's webhook arrives", async ({ page, request }) => {
  await signInAs(page, "finance");
  await page.goto("/reconciliation");
  await importFile(page, `search-${tag}.csv`, toCsv([fundingRecord]));
  await expect(page.getByRole("status").filter({ hasText: `Imported search-${tag}.csv` })).toBeVisible();

  await page.goto(`/reconciliation/records/${transactionId}`);
  const match = page.getByRole("region", { name: /^Our match/ });
  await expect(match).toContainText("No local match");

  // ChargeAfter's application webhook names the merchant's order: nobody presses Sync.
  await deliverChargeAfterWebhook(request, {
    eventType: "application.approved",
    createdAt: new Date().toISOString(),
    applicationId: `app_${tag}`,
    lenderId: "L1",
    amount: 1299.99,
    merchantOrderId: `ORD-${tag}`,
  });
  await expect(async () => {
    await page.reload();
    await expect(match.getByRole("link", { name: `app_${tag}` })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(match).toContainText("merchant order id");

  // The records page's "Our match" filter counts it at once.
  await page.goto(`/reconciliation?q=${transactionId}&match=matched`);
  await expect(page.getByRole("link", { name: transactionId, exact: true })).toBeVisible();
  await page.goto(`/reconciliation?q=${transactionId}&match=unmatched`);
  await expect(page.getByRole("link", { name: transactionId, exact: true })).toHaveCount(0);
});

test("support finds Camila by name from the shell's search box and opens her application", async ({
  page,
  request,
}) => {
  await insertPendingCart({
    merchantTransactionId: `MT-${tag}`,
    requestToken: `inv_${tag}`,
    amount: "880.00",
    customer: { firstName: "Camila", lastName: `Cart${tag}`, email: `camila.cart+${tag}@example.test` },
  });
  await deliverWgfPostback(request, {
    version: "1.9",
    request_token: `inv_${tag}`,
    merchant_transaction_id: `MT-${tag}`,
    status: "preapproved",
  });

  await signInAs(page, "support");
  await page.goto("/applications");
  const results = page.getByRole("region", { name: /^Applications/ });
  await expect(async () => {
    await page.getByRole("searchbox", { name: "Find anything" }).fill(`Camila ${tag}`);
    await page.getByRole("searchbox", { name: "Find anything" }).press("Enter");
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(results.getByRole("link", { name: `inv_${tag}` })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(results.getByRole("link", { name: `app_${tag}` })).toBeVisible();
  await expect(page.getByRole("region", { name: /^Financing requests/ })).toContainText(`MT-${tag}`);

  // Support sees her funding record by name, but not the finance-only report.
  const funding = page.getByRole("region", { name: /^Funding records/ });
  await expect(funding).toContainText(`Settle for Camila Rojas${tag}`);
  await expect(funding.getByRole("link", { name: transactionId })).toHaveCount(0);
  await expect(funding.getByRole("link", { name: /funding report is for finance/ })).toBeVisible();

  await results.getByRole("link", { name: `app_${tag}` }).click();
  const customer = page.getByRole("region", { name: "Customer and ids" });
  await expect(customer).toContainText(`Camila Rojas${tag}`);
  await expect(customer).toContainText("from the funding report");

  await page.goBack();
  await results.getByRole("link", { name: `inv_${tag}` }).click();
  await expect(customer).toContainText(`Camila Cart${tag}`);
  await expect(customer).toContainText("from the financing request's cart");
});

test("a search the reader refuses says why in words", async ({ page }) => {
  await signInAs(page, "support");
  await page.goto(`/search?q=${"x".repeat(201)}`);
  await expect(page.getByRole("alert").filter({ hasText: "Search:" })).toContainText(
    "Search: Use at most 200 characters.",
  );
});
