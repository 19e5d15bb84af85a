// The order page as staff open it from the order list: the cart, the application and its
// lender, refunds, the financing request it came from, and the whole timeline; funding detail
// only for finance.
import { expect, test } from "@playwright/test";

import { accessibilityViolations } from "./support/accessibility";
import { insertPendingCart } from "./support/database";
import { expectDetailNotFound } from "./support/page-steps";
import { deliverWgfPostback } from "./support/provider-posts";
import { signInAs } from "./support/users";

test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const sale = { merchantTransactionId: `E2E-PAGE-${stamp}`, requestToken: `e2e-page-${stamp}` };
let cartId = "";

test.beforeAll(async ({ request }) => {
  cartId = await insertPendingCart({
    ...sale,
    amount: "479.00",
    shippingAmount: "20.00",
    customer: { firstName: "Ada", lastName: "Lovelace", email: `ada-${stamp}@example.test` },
  });
  await deliverWgfPostback(request, {
    version: "1.9",
    request_token: sale.requestToken,
    merchant_transaction_id: sale.merchantTransactionId,
    status: "approved",
    approved_amount: "499.00",
  });
  await deliverWgfPostback(request, {
    version: "1.9",
    request_token: sale.requestToken,
    updates: { status: "refund", amount: "30.00" },
  });
});

test("support opens an order from the list and sees its cart, application, refunds and timeline", async ({ page }) => {
  await signInAs(page, "support");
  const row = page.getByRole("row").filter({ hasText: sale.merchantTransactionId });
  await expect(async () => {
    await page.goto(`/orders?q=${sale.merchantTransactionId}`);
    await expect(row).toContainText("$30.00 refunded of $499.00", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await row.getByRole("link", { name: /open the order/ }).click();
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(sale.merchantTransactionId);

  // A card's name is its title, then its note (no space between them).
  const card = (title: string) => page.getByRole("region", { name: new RegExp(`^${title}`) });
  await expect(card("Cart")).toContainText("E2E desk");
  await expect(card("Cart")).toContainText("$499.00");
  await expect(card("Application")).toContainText(sale.requestToken);
  await expect(card("Application")).toContainText("Approved");
  await expect(card("Refunds")).toContainText("$30.00");
  await expect(card("Order")).toContainText("Approved → order");
  await expect(card("Order").getByRole("link", { name: sale.merchantTransactionId })).toHaveAttribute(
    "href",
    `/financing-requests/${cartId}`,
  );
  const timeline = card("Timeline");
  await expect(timeline).toContainText("wgf.postback.approved");
  await expect(timeline).toContainText("Order created from the approved cart");
  await expect(timeline).toContainText("wgf.postback.refund");
  await expect(card("Funding")).toContainText("No funding record is matched to this sale");
  expect(await accessibilityViolations(page)).toEqual([]);

  // The request's page links back to the order.
  await card("Order").getByRole("link", { name: sale.merchantTransactionId }).click();
  await expect(page.getByRole("link", { name: /Open, \$499\.00, \$30\.00 refunded/ })).toHaveAttribute(
    "href",
    /^\/orders\/[0-9a-f-]{36}$/,
  );
  await expectDetailNotFound(page, "/orders");
});
