// Financing requests as staff use them: the form says what is wrong beside each field and
// moves to the first; a request is found again on /financing-requests once its page is left;
// its state reads the same everywhere (waiting, approved → order, declined, refused).
import { expect, test, type Page } from "@playwright/test";

import { accessibilityViolations } from "./support/accessibility";
import { SCREENSHOT_DIR } from "./support/constants";
import { searchList } from "./support/page-steps";
import { sendWgfPostback } from "./support/provider-posts";
import { signInAs } from "./support/users";

const stamp = Date.now().toString(36);

async function fillSale(page: Page, email: string, lastName = "Doe") {
  await page.getByLabel("First name").fill("Jane");
  await page.getByLabel("Last name").fill(lastName);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Street").fill("123 Main St");
  await page.getByLabel("City").fill("New York");
  await page.getByLabel("State").fill("NY");
  await page.getByLabel("ZIP code").fill("10001");
  await page.getByLabel("SKU").fill("SOFA-1");
  await page.getByLabel("Item", { exact: true }).fill("Sofa");
  await page.getByLabel("Unit price").fill("450.00");
  await page.getByLabel("Tax per unit").fill("36.00");
  await page.getByLabel("Shipping").fill("13.00");
}

/** Creates a request through the form; returns its merchant transaction id and request token. */
async function createRequest(page: Page, email: string, lastName?: string) {
  await page.goto("/financing-requests");
  await page.getByRole("main").getByRole("link", { name: "New financing request" }).click();
  await fillSale(page, email, lastName);
  await page.getByRole("button", { name: "Create financing request" }).click();
  await expect(page).toHaveURL(/\/financing-requests\/[0-9a-f-]{36}$/);
  const link = (await page.locator("code").first().textContent())!;
  const mtid = (await page.getByRole("heading", { level: 1 }).textContent())!.replace("Financing request", "").trim();
  return { mtid, token: link.split("token=")[1]!, url: page.url() };
}

const state = (page: Page) => page.getByTestId("request-state");

test("support creates a financing request; the approval postback turns it into an order on the same page", async ({
  page,
  request,
}) => {
  await signInAs(page, "support");
  await page.goto("/financing-requests/new");
  await fillSale(page, "jane.doe@example.com");
  await expect(page.getByText("Total to finance: $499.00")).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Create financing request" }).click();

  await expect(page).toHaveURL(/\/financing-requests\/[0-9a-f-]{36}$/);
  const link = (await page.locator("code").first().textContent())!;
  expect(link).toMatch(/checkout\?token=[0-9a-f]{16}$/);
  await expect(state(page)).toContainText("Waiting for the customer");
  await page.screenshot({ path: `${SCREENSHOT_DIR}/financing-request-1280.png`, fullPage: true });

  const token = link.split("token=")[1]!;
  const mtid = (await page.getByRole("heading", { level: 1 }).textContent())!.replace("Financing request", "").trim();
  const body = { version: "1.9", request_token: token, merchant_transaction_id: mtid, status: "approved" };
  const posted = await sendWgfPostback(request, JSON.stringify({ ...body, approved_amount: "499.00" }));
  expect(posted.status()).toBe(200);

  // The page refreshes itself while the request is open.
  await expect(state(page)).toContainText("Approved → order", { timeout: 15_000 });
  await expect(page.getByRole("link", { name: /Open, \$499\.00/ })).toHaveAttribute(
    "href",
    /^\/orders\/[0-9a-f-]{36}$/,
  );
  await expect(page.getByText("wgf.postback.approved")).toBeVisible();
});

test("the form says what is wrong beside each field, marks each address field, and moves to the first", async ({
  page,
}) => {
  await signInAs(page, "support");
  await page.goto("/financing-requests/new");
  await page.getByLabel("First name").fill("Jane");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("SKU").fill("SOFA-1");
  await page.getByLabel("Item", { exact: true }).fill("Sofa");
  await page.getByLabel("Unit price").fill("4,50");
  // An unreadable price: no total rather than a wrong one.
  await expect(page.getByText("Total to finance: —")).toBeVisible();
  await expect(page.getByText("Check the unit price: an amount like 499.00.")).toBeVisible();
  await page.getByRole("button", { name: "Create financing request" }).click();

  const expected: [label: string, message: string][] = [
    ["Last name", "Enter the last name."],
    ["Email", "The email address is not valid: it needs one @ and a domain such as example.com."],
    ["Street", "Enter the street."],
    ["City", "Enter the city."],
    ["State", "Enter the state."],
    ["ZIP code", "Enter the ZIP code."],
    ["Unit price", "The unit price must be an amount like 499.00."],
  ];
  for (const [label, message] of expected) {
    const field = page.getByLabel(label, { exact: true });
    await expect(field, label).toHaveAttribute("aria-invalid", "true");
    await expect(field, label).toHaveAccessibleDescription(new RegExp(message.replace(/[.()]/g, "\\$&")));
  }
  await expect(page.getByLabel("First name")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Last name")).toBeFocused();
  await expect(page.getByText(/Invalid input|expected string/)).toHaveCount(0);
  // What was typed is still there.
  await expect(page.getByLabel("First name")).toHaveValue("Jane");
  expect(await accessibilityViolations(page)).toEqual([]);
});

test("a request is found again on /financing-requests, and a declined one reads declined everywhere", async ({
  page,
  request,
}) => {
  await signInAs(page, "finance");
  const sale = await createRequest(page, `camila.${stamp}@example.test`, `Ortiz${stamp}`);
  await page.goto("/applications");

  await page.goto("/financing-requests");
  await searchList(page, "Search", `ortiz${stamp}`);
  const row = page.getByRole("row").filter({ hasText: sale.mtid });
  await expect(row).toContainText("Waiting for the customer");
  await expect(row).toContainText("$499.00");
  await expect(row).toContainText("Not copied yet");

  // Copying the link is recorded once.
  await row.getByRole("link", { name: new RegExp(sale.mtid) }).click();
  await expect(page).toHaveURL(sale.url);
  await page.getByRole("button", { name: "Copy" }).click();
  await expect(page.getByText(/^(Copied\.|Copy failed)/)).toBeVisible();

  const posted = await sendWgfPostback(
    request,
    JSON.stringify({
      version: "1.9",
      request_token: sale.token,
      merchant_transaction_id: sale.mtid,
      status: "rejected",
    }),
  );
  expect(posted.status()).toBe(200);
  await expect(state(page)).toContainText("Declined", { timeout: 15_000 });
  await expect(page.getByText("No order: declined")).toBeVisible();
  await expect(page.getByText(/waiting for approval/i)).toHaveCount(0);

  await page.goto(`/financing-requests?status=DECLINED&q=${encodeURIComponent(sale.mtid)}`);
  const declined = page.getByRole("row").filter({ hasText: sale.mtid });
  await expect(declined).toContainText("Declined");
  await expect(declined).toContainText(/Copied/);
  await page.goto(`/orders?q=${encodeURIComponent(sale.mtid)}`);
  await expect(page.getByRole("row").filter({ hasText: sale.mtid })).toContainText("Declined");
  expect(await accessibilityViolations(page)).toEqual([]);
});

test("WeGetFinancing's refusal is shown next to the field, and the request is listed as refused", async ({ page }) => {
  await signInAs(page, "finance");
  await page.goto("/financing-requests/new");
  await fillSale(page, "no@declined.test", `Refused${stamp}`);
  await page.getByRole("button", { name: "Create financing request" }).click();
  await expect(page.getByText("this customer cannot be offered financing")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/financing-requests\/new$/);
  await page.goto(`/financing-requests?q=refused${stamp}`);
  await expect(page.getByRole("row").filter({ hasText: "Refused by WeGetFinancing" })).toHaveCount(1);
});
