// The Shop API as a merchant's checkout uses it: an admin makes a write key in Settings (shown
// once); the shop's server creates a financing request with WeGetFinancing's own body; the
// provider approves it; the order list shows exactly one order for it; the revoked key is refused.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

import { wgfApproval } from "../test/provider-requests";
import { guideBody } from "../test/shop-api-body";
import { deliverWgfPostback } from "./support/provider-posts";
import { signInAs } from "./support/users";

const A11Y_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

test("a shop's checkout through the Shop API, with a key made and revoked in Settings", async ({ page, request }) => {
  await signInAs(page, "admin");
  await page.goto("/settings");
  await page.getByRole("link", { name: "API keys" }).click();
  await expect(page).toHaveURL(/\/settings\/api-keys$/);
  const name = `E2E shop ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Scope").selectOption("write");
  await page.getByRole("button", { name: "Create key" }).click();
  const shown = page.getByRole("region", { name: "The new key" });
  const key = (await shown.locator("code").first().innerText()).trim();
  expect(key).toMatch(/^fdk_live_[A-Za-z0-9_-]{43}$/);
  expect((await new AxeBuilder({ page }).withTags(A11Y_TAGS).analyze()).violations).toEqual([]);
  // Shown once: the list keeps only its first characters.
  await page.reload();
  await expect(page.getByText(key)).toHaveCount(0);
  await expect(page.getByRole("cell", { name, exact: true })).toBeVisible();

  // The shop's server, with the key.
  const headers = { authorization: `Bearer ${key}` };
  const merchantTransactionId = `E2E-SHOP-${Date.now()}`;
  const created = await request.post("/api/v1/financing-requests", {
    headers: { ...headers, "idempotency-key": merchantTransactionId },
    data: guideBody({ merchant_transaction_id: merchantTransactionId }),
  });
  expect(created.status()).toBe(201);
  const answer = (await created.json()) as { id: string; requestToken: string; href: string; amount: string };
  expect(answer.href).toMatch(/^https:\/\//);

  await deliverWgfPostback(request, wgfApproval(answer.requestToken, merchantTransactionId, answer.amount));
  await expect
    .poll(async () => {
      const page = await (await request.get("/api/v1/orders?limit=200", { headers })).json();
      return (page.data as { merchantTransactionId: string; financingRequestId: string }[]).filter(
        (order) => order.merchantTransactionId === merchantTransactionId,
      );
    })
    .toEqual([expect.objectContaining({ financingRequestId: answer.id, status: "open", amount: answer.amount })]);

  // The reference a developer reads.
  await page.goto("/settings/api-reference");
  await expect(page.getByRole("heading", { name: "POST /api/v1/financing-requests" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "FinancingRequestBody", exact: true })).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(A11Y_TAGS).analyze()).violations).toEqual([]);

  await page.goto("/settings/api-keys");
  await page.getByRole("button", { name: `Revoke ${name}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke key" }).click();
  await expect(page.getByRole("cell", { name, exact: true })).toHaveCount(0);
  const refused = await request.get("/api/v1/orders", { headers });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");
});

test("API keys and the API reference are for admins only", async ({ page }) => {
  await signInAs(page, "finance");
  for (const path of ["/settings/api-keys", "/settings/api-reference"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
  }
});
