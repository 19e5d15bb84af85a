// Issue 13 point 7 in the browser: finance filters the applications list and downloads exactly
// that view as CSV, named after the filter; support is offered no export.
import { readFileSync } from "node:fs";

import { expect, test } from "@playwright/test";

import { insertPendingCart } from "./support/database";
import { deliverWgfPostback } from "./support/provider-posts";
import { signInAs } from "./support/users";

const tag = `ex${Date.now().toString(36)}`;

async function sale(request: Parameters<typeof deliverWgfPostback>[0], name: string, status: string) {
  await insertPendingCart({
    merchantTransactionId: `MT-${name}-${tag}`,
    requestToken: `inv_${name}_${tag}`,
    amount: "640.00",
    customer: { firstName: "Export", lastName: `${name}${tag}`, email: `${name}+${tag}@example.test` },
  });
  await deliverWgfPostback(request, {
    version: "1.9",
    request_token: `inv_${name}_${tag}`,
    merchant_transaction_id: `MT-${name}-${tag}`,
    status,
  });
}

test("finance exports the filtered applications list, and the file holds exactly that view", async ({
  page,
  request,
}) => {
  await sale(request, "yes", "approved");
  await sale(request, "no", "rejected");

  await signInAs(page, "finance");
  const view = `/applications?q=${tag}&status=APPROVED`;
  await expect(async () => {
    await page.goto(view);
    await expect(page.getByRole("link", { name: `inv_yes_${tag}` })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole("link", { name: `inv_no_${tag}` })).toHaveCount(0);

  const exportLink = page.getByRole("link", { name: /^Export CSV/ });
  const [download] = await Promise.all([page.waitForEvent("download"), exportLink.click()]);
  expect(download.suggestedFilename()).toMatch(/^applications_approved_.*\.csv$/);
  const text = readFileSync((await download.path())!, "utf8");
  expect(text.split("\r\n")[0]).toContain("lastEventAt (America/New_York)");
  expect(text).toContain(`inv_yes_${tag}`);
  expect(text).not.toContain(`inv_no_${tag}`);
});

test("support sees the lists but is offered no export", async ({ page }) => {
  await signInAs(page, "support");
  await page.goto("/applications");
  await expect(page.getByRole("heading", { name: "Applications", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Export CSV/ })).toHaveCount(0);
});
