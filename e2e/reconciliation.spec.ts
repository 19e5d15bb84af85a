// The funding report in the browser. The e2e server has no CHARGEAFTER_PRIVATE_KEY, so
// records are loaded the way such a merchant loads them: a report file imported through
// the page. Then finance filters the mismatches, checks counts and exact totals, downloads
// the CSV and compares it with the table; a bad file imports nothing and names its bad
// lines; support may not see the page nor the export.
import { mkdirSync, readFileSync } from "node:fs";

import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";

import { accessibilityViolations } from "./support/accessibility";
import { SCREENSHOT_DIR } from "./support/constants";
import { signInAs } from "./support/users";

test.describe.configure({ mode: "serial" });
test.beforeAll(() => mkdirSync(SCREENSHOT_DIR, { recursive: true }));

const stamp = `rc${Date.now().toString(36)}`;
const badStamp = `${stamp}bad`;

// The export's header line exactly as docs/reference.md states it (written out here, not imported,
// so a change to the code's column list fails this test).
const HEADER_LINE =
  "chargeId,transactionId,transactionType,transactionDate,transactionAmount,discountAmount,netAmount,fundedAt," +
  "status,lenderName,productType,promoCode,merchantOrderId,merchantTransactionId,firstName,lastName,email,updatedAt";
// The file also carries the provider's lenderReferenceId (the export leaves it out).
const FILE_HEADER = [...HEADER_LINE.split(","), "lenderReferenceId"];
type Row = Record<string, string>;

let n = 0;
function record(
  status: string,
  transactionType: string,
  amount: string,
  discount: string,
  net: string,
  overrides: Partial<Row> = {},
  tag = stamp,
): Row {
  n++;
  const day = String((n % 9) + 1).padStart(2, "0");
  return {
    chargeId: `ch_${tag}_${n}`,
    transactionId: `tx_${tag}_${String(n).padStart(2, "0")}`,
    transactionType,
    transactionDate: `2026-03-${day}T15:${String(n).padStart(2, "0")}:00.000Z`,
    transactionAmount: amount,
    discountAmount: discount,
    netAmount: net,
    fundedAt: `2026-03-${String(Number(day) + 2).padStart(2, "0")}T12:00:00.000Z`,
    status,
    lenderName: n % 2 ? "Acme Credit, Inc." : "Finara",
    productType: n % 3 ? "Installments" : "LineOfCredit",
    promoCode: n % 4 ? "" : "ZERO12",
    merchantOrderId: `ORD-${tag}-${n}`,
    merchantTransactionId: `MT-${tag}-${n}`,
    firstName: "Dana",
    lastName: `Rivera ${n}`,
    email: `dana+${tag}@example.test`,
    updatedAt: `2026-03-${day}T18:00:00.000Z`,
    lenderReferenceId: `LR-${tag}-${n}`,
    ...overrides,
  };
}

const typeMismatches = [
  record("TYPE_MISMATCH", "Settle", "1299.99", "52.00", "1247.99"),
  record("TYPE_MISMATCH", "Refund", "-250.00", "-10.00", "-240.00"),
  record("TYPE_MISMATCH", "Settle", "87.35", "3.49", "83.86", { fundedAt: "" }),
];
const amountMismatches = [
  record("AMOUNT_MISMATCH", "Settle", "499.00", "20.00", "479.00"),
  record("AMOUNT_MISMATCH", "Settle", "1000.10", "40.00", "960.10"),
  record("AMOUNT_MISMATCH", "Settle", "0.01", "0.00", "0.01"),
  record("AMOUNT_MISMATCH", "Settle", "2500.55", "100.02", "2400.53", { promoCode: "=HYPERLINK(1)" }),
];
const others = [
  record("RECONCILED", "Settle", "750.00", "30.00", "720.00"),
  record("RECONCILED", "Settle", "125.50", "5.02", "120.48"),
  record("RECONCILED", "Refund", "-125.50", "-5.02", "-120.48"),
  record("MISSING", "Settle", "60.00", "2.40", "57.60", { chargeId: "" }),
  record("ORIGINAL_TRANSACTION_MISSING", "Refund", "-40.00", "-1.60", "-38.40"),
  record("UNRECONCILED", "Settle", "310.00", "12.40", "297.60"),
  record("MISMATCHED", "Settle", "99.99", "4.00", "95.99"),
  record("CHARGEBACK", "Chargeback", "-99.99", "0.00", "-99.99", { fundedAt: "" }),
];
const allRecords = [...typeMismatches, ...amountMismatches, ...others];

// Exact expectations, computed by hand: 1299.99 - 250.00 + 87.35 = 1137.34, and so on.
const EXPECTED = {
  TYPE_MISMATCH: { count: "3", amount: "$1,137.34", discount: "$45.49", net: "$1,091.85" },
  AMOUNT_MISMATCH: { count: "4", amount: "$3,999.66", discount: "$160.02", net: "$3,839.64" },
};

function toCsv(rows: Row[]): string {
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return (
    [FILE_HEADER.join(","), ...rows.map((row) => FILE_HEADER.map((column) => cell(row[column])).join(","))].join(
      "\r\n",
    ) + "\r\n"
  );
}

async function importFile(page: Page, name: string, content: string, mimeType = "text/csv") {
  await page.getByLabel(/Report file/).setInputFiles({ name, mimeType, buffer: Buffer.from(content, "utf8") });
  await page.getByRole("button", { name: "Import file" }).click();
}

/** "$1,299.99" / "-$250.00" as the CSV writes it: "1299.99" / "-250.00". */
const plain = (shown: string) => shown.trim().replace(/[$,]/g, "");

const chips = (page: Page) => page.getByRole("navigation", { name: "Funding records by status" });

test("finance imports a report file with records of every status", async ({ page }) => {
  await signInAs(page, "finance");
  await page.goto("/reconciliation");
  await expect(page.getByRole("heading", { name: "Reconciliation", level: 1 })).toBeVisible();
  // No key in the e2e server: the sync says so and the import is offered instead.
  await expect(page.getByText("Not configured: set CHARGEAFTER_PRIVATE_KEY")).toBeVisible();
  await expect(page.getByRole("button", { name: "Sync now" })).toBeDisabled();

  await importFile(page, `funding-${stamp}.csv`, toCsv(allRecords));
  await expect(page.getByRole("status").filter({ hasText: `Imported funding-${stamp}.csv` })).toContainText(
    `${allRecords.length} records (${allRecords.length} new`,
  );
  // The run is listed with who started it.
  await expect(page.getByRole("row").filter({ hasText: `funding-${stamp}.csv` })).toContainText("finance@e2e.test");
});

test("finance filters type and amount mismatches: counts and exact totals", async ({ page }) => {
  await signInAs(page, "finance");
  await page.goto("/reconciliation");
  await page.getByRole("searchbox", { name: "Search" }).fill(stamp);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${stamp}`));

  // Counts per status under the search, every status including the legacy ones.
  await expect(chips(page).getByRole("link", { name: /^All/ })).toContainText(String(allRecords.length));
  const expectedCounts: Record<string, number> = {};
  for (const r of allRecords) expectedCounts[r.status] = (expectedCounts[r.status] ?? 0) + 1;
  for (const [status, count] of Object.entries(expectedCounts)) {
    await expect(chips(page).locator(`a[data-status="${status}"]`)).toContainText(String(count));
  }
  await expect(page.getByTestId("total-count")).toHaveText(String(allRecords.length));

  for (const [status, label] of [
    ["TYPE_MISMATCH", "Type mismatch"],
    ["AMOUNT_MISMATCH", "Amount mismatch"],
  ] as const) {
    await chips(page)
      .getByRole("link", { name: new RegExp(`^${label}`) })
      .click();
    await expect(page).toHaveURL(new RegExp(`status=${status}`));
    await expect(chips(page).getByRole("link", { name: new RegExp(`^${label}`) })).toHaveAttribute(
      "aria-current",
      "true",
    );
    const expected = EXPECTED[status];
    await expect(page.getByTestId("total-count")).toHaveText(expected.count);
    await expect(page.getByTestId("total-transaction-amount")).toHaveText(expected.amount);
    await expect(page.getByTestId("total-discount-amount")).toHaveText(expected.discount);
    await expect(page.getByTestId("total-net-amount")).toHaveText(expected.net);
    await expect(page.locator("tbody tr[data-transaction-id]")).toHaveCount(Number(expected.count));
    // The chart is there, with its numbers as a table.
    await expect(page.getByRole("heading", { name: /Net amount per day/ })).toBeVisible();
  }
  // The chart's table is drawn when opened; its last column counts the records of the view.
  await page.getByText("Show the chart's numbers as a table").click();
  const chartTable = page.getByRole("table", { name: /Net amount per day/ });
  await expect(chartTable.getByRole("columnheader", { name: "Records" })).toBeVisible();
  const counts = await chartTable.locator("tbody tr td:last-child").allInnerTexts();
  expect(counts.reduce((n, text) => n + Number(text.replace(/,/g, "")), 0)).toBe(
    Number(EXPECTED.AMOUNT_MISMATCH.count),
  );
  expect(await accessibilityViolations(page)).toEqual([]);
});

test("the CSV export holds exactly the rows of the table", async ({ page }) => {
  await signInAs(page, "finance");
  await page.goto(`/reconciliation?q=${stamp}&status=AMOUNT_MISMATCH&status=TYPE_MISMATCH`);
  const exportLink = page.getByRole("link", { name: /Export CSV/ });
  await expect(exportLink).toHaveAttribute(
    "href",
    `/api/reconciliation/export?q=${stamp}&status=AMOUNT_MISMATCH&status=TYPE_MISMATCH`,
  );

  const table = await page.locator("tbody tr[data-transaction-id]").evaluateAll((rows) =>
    rows.map((row) => ({
      transactionId: row.getAttribute("data-transaction-id"),
      transactionAmount: row.querySelector('[data-column="transactionAmount"]')?.textContent ?? "",
      discountAmount: row.querySelector('[data-column="discountAmount"]')?.textContent ?? "",
      netAmount: row.querySelector('[data-column="netAmount"]')?.textContent ?? "",
    })),
  );
  expect(table).toHaveLength(7);

  const [download] = await Promise.all([page.waitForEvent("download"), exportLink.click()]);
  expect(download.suggestedFilename()).toMatch(/^funding-report_all_\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync((await download.path())!, "utf8");
  expect(text.split("\r\n")[0]).toBe(HEADER_LINE);
  const csv = parse(text, { columns: true, skip_empty_lines: true }) as Row[];
  expect(csv.map((row) => row.transactionId)).toEqual(table.map((row) => row.transactionId));
  expect(csv.map((row) => [row.transactionAmount, row.discountAmount, row.netAmount])).toEqual(
    table.map((row) => [plain(row.transactionAmount), plain(row.discountAmount), plain(row.netAmount)]),
  );
  // And the amounts are the ones imported, to the cent; a formula-like cell is escaped.
  const imported = new Map([...typeMismatches, ...amountMismatches].map((r) => [r.transactionId, r]));
  for (const row of csv) {
    const source = imported.get(row.transactionId)!;
    expect([row.transactionAmount, row.discountAmount, row.netAmount, row.status]).toEqual([
      source.transactionAmount,
      source.discountAmount,
      source.netAmount,
      source.status,
    ]);
  }
  expect(csv.find((row) => row.promoCode.includes("HYPERLINK"))?.promoCode).toBe("'=HYPERLINK(1)");
});

test("a bad file shows its bad rows with line numbers and imports nothing", async ({ page }) => {
  await signInAs(page, "finance");
  await page.goto("/reconciliation");
  const rows = [
    record("RECONCILED", "Settle", "10.00", "0.40", "9.60", {}, badStamp),
    record("RECONCILED", "Settle", "1000000000000.00", "0.40", "11.94", {}, badStamp), // line 3: no column holds it
    record("RECONCILED", "Settle", "20.00", "0.80", "19.20", {}, badStamp),
    record("RECONCILED", "Settle", "30.00", "1.20", "28.80", { transactionDate: "yesterday" }, badStamp), // line 5
  ];
  await importFile(page, `bad-${badStamp}.csv`, toCsv(rows));
  await expect(page.getByRole("alert").filter({ hasText: "nothing was imported" })).toBeVisible();
  const bad = page.getByTestId("bad-row");
  await expect(bad).toHaveCount(2);
  await expect(bad.nth(0)).toContainText("line 3");
  await expect(bad.nth(0)).toContainText(rows[1]!.transactionId);
  await expect(bad.nth(0)).toContainText("transactionAmount: 1000000000000.00 is too large");
  await expect(bad.nth(1)).toContainText("line 5");
  await expect(bad.nth(1)).toContainText("yesterday");
  expect(await accessibilityViolations(page)).toEqual([]);

  // Not even the good rows of that file were stored.
  await page.goto(`/reconciliation?q=${badStamp}`);
  await expect(page.getByRole("heading", { name: "No funding records match these filters" })).toBeVisible();
  await expect(page.getByTestId("total-count")).toHaveText("0");
});

test("a record's earlier versions: a mismatch later reconciled", async ({ page }) => {
  await signInAs(page, "finance");
  await page.goto("/reconciliation");
  const before = amountMismatches[0]!;
  const after = {
    ...before,
    status: "RECONCILED",
    transactionAmount: "479.00",
    discountAmount: "0.00",
    updatedAt: "2026-03-20T09:00:00.000Z",
  };
  await importFile(page, `fix-${stamp}.json`, JSON.stringify({ records: [after] }), "application/json");
  await expect(page.getByRole("status").filter({ hasText: `Imported fix-${stamp}.json` })).toContainText(
    "1 record (0 new, 1 changed",
  );

  await page.goto(`/reconciliation?q=${before.transactionId}`);
  await page.getByRole("link", { name: before.transactionId, exact: true }).click();
  await expect(page.getByRole("heading", { name: "2 versions, newest first" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Version 2 (current)" })).toBeVisible();
  const old = page.getByRole("region", { name: "Version 1" });
  await expect(old).toContainText("Amount mismatch");
  await expect(page.getByRole("region", { name: "Version 2 (current)" })).toContainText(
    "changed from the version before: transactionAmount, discountAmount, updatedAt, status",
  );
  expect(await accessibilityViolations(page)).toEqual([]);
});

test("hostile addresses answer quickly with an issue, never an error page (issue 10)", async ({ page }) => {
  await signInAs(page, "finance");
  const nulCursor = Buffer.from(JSON.stringify({ t: "2026-03-01T00:00:00.000Z", i: "tx\u0000", d: "o" })).toString(
    "base64url",
  );
  const cases: [string, RegExp][] = [
    ["/reconciliation?from=9999-12-31&to=9999-12-31", /From date: "9999-12-31" is outside 2000-01-01 … 2099-12-31/],
    ["/reconciliation?from=0100-01-01", /From date: "0100-01-01" is outside 2000-01-01 … 2099-12-31/],
    ["/reconciliation?q=%00", /Search: Remove the NUL character/],
    [`/reconciliation?cursor=${nulCursor}`, /The page link is not valid/],
    [
      `/reconciliation/unfunded?cursor=${Buffer.from(JSON.stringify({ t: "2026-03-01T00:00:00.000Z", i: "not-a-uuid", d: "o" })).toString("base64url")}`,
      /The page link is not valid/,
    ],
  ];
  for (const [url, issue] of cases) {
    const started = Date.now();
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    expect(Date.now() - started, url).toBeLessThan(10_000);
    await expect(page.getByRole("alert").filter({ hasText: "not understood" })).toContainText(issue);
    await expect(page.getByText("unavailable right now")).toHaveCount(0);
    // The page stays its usual size (a wide range once rendered 64 MB of chart).
    expect((await response!.body()).byteLength, url).toBeLessThan(2_000_000);
  }
  expect((await page.goto("/reconciliation/records/%00"))?.status()).toBe(404);
  const exported = await page.request.get("/api/reconciliation/export?from=9999-12-31&to=9999-12-31");
  expect(exported.status()).toBe(400);
  expect((await exported.json()).issues).toHaveLength(2);
});

test("support may not see the funding report nor export it", async ({ page }) => {
  await signInAs(page, "support");
  const response = await page.goto("/reconciliation");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Your role does not allow this page" })).toBeVisible();
  const exported = await page.request.get(`/api/reconciliation/export?q=${stamp}`);
  expect(exported.status()).toBe(403);
  expect((await page.goto("/reconciliation/unfunded"))?.status()).toBe(403);
});

test("screenshots at laptop and phone width; the table scrolls in its own box", async ({ page }) => {
  await signInAs(page, "finance");
  const url = `/reconciliation?q=${stamp}`;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  await expect(page.locator("tbody tr[data-transaction-id]").first()).toBeVisible(); // past the loading skeleton
  await page.screenshot({ path: `${SCREENSHOT_DIR}/reconciliation-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(url);
  await expect(page.locator("tbody tr[data-transaction-id]").first()).toBeAttached();
  await expect(page.getByTestId("total-count")).toHaveText(String(allRecords.length));
  await page.screenshot({ path: `${SCREENSHOT_DIR}/reconciliation-375.png`, fullPage: true });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth),
    "no sideways scrolling at 375 px",
  ).toBeLessThanOrEqual(375);
  expect(await accessibilityViolations(page)).toEqual([]);
});
