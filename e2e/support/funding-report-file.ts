// The funding report file the reconciliation spec imports: records of every status with
// hand-computed totals, written as the report's CSV, and the page steps that read it.
import type { Page } from "@playwright/test";

export const stamp = `rc${Date.now().toString(36)}`;
export const badStamp = `${stamp}bad`;

// The export's header line exactly as docs/reference.md states it (written out here, not imported,
// so a change to the code's column list fails this test).
export const HEADER_LINE =
  "chargeId,transactionId,transactionType,transactionDate,transactionAmount,discountAmount,netAmount,fundedAt," +
  "status,lenderName,productType,promoCode,merchantOrderId,merchantTransactionId,firstName,lastName,email,updatedAt";
// The file also carries the provider's lenderReferenceId (the export leaves it out).
export const FILE_HEADER = [...HEADER_LINE.split(","), "lenderReferenceId"];
export type Row = Record<string, string>;

let n = 0;
export function record(
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

export const typeMismatches = [
  record("TYPE_MISMATCH", "Settle", "1299.99", "52.00", "1247.99"),
  record("TYPE_MISMATCH", "Refund", "-250.00", "-10.00", "-240.00"),
  record("TYPE_MISMATCH", "Settle", "87.35", "3.49", "83.86", { fundedAt: "" }),
];
export const amountMismatches = [
  record("AMOUNT_MISMATCH", "Settle", "499.00", "20.00", "479.00"),
  record("AMOUNT_MISMATCH", "Settle", "1000.10", "40.00", "960.10"),
  record("AMOUNT_MISMATCH", "Settle", "0.01", "0.00", "0.01"),
  record("AMOUNT_MISMATCH", "Settle", "2500.55", "100.02", "2400.53", { promoCode: "=HYPERLINK(1)" }),
];
export const others = [
  record("RECONCILED", "Settle", "750.00", "30.00", "720.00"),
  record("RECONCILED", "Settle", "125.50", "5.02", "120.48"),
  record("RECONCILED", "Refund", "-125.50", "-5.02", "-120.48"),
  record("MISSING", "Settle", "60.00", "2.40", "57.60", { chargeId: "" }),
  record("ORIGINAL_TRANSACTION_MISSING", "Refund", "-40.00", "-1.60", "-38.40"),
  record("UNRECONCILED", "Settle", "310.00", "12.40", "297.60"),
  record("MISMATCHED", "Settle", "99.99", "4.00", "95.99"),
  record("CHARGEBACK", "Chargeback", "-99.99", "0.00", "-99.99", { fundedAt: "" }),
];
export const allRecords = [...typeMismatches, ...amountMismatches, ...others];

// Exact expectations, computed by hand: 1299.99 - 250.00 + 87.35 = 1137.34, and so on.
export const EXPECTED = {
  TYPE_MISMATCH: { count: "3", amount: "$1,137.34", discount: "$45.49", net: "$1,091.85" },
  AMOUNT_MISMATCH: { count: "4", amount: "$3,999.66", discount: "$160.02", net: "$3,839.64" },
};

export function toCsv(rows: Row[]): string {
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return (
    [FILE_HEADER.join(","), ...rows.map((row) => FILE_HEADER.map((column) => cell(row[column])).join(","))].join(
      "\r\n",
    ) + "\r\n"
  );
}

export async function importFile(page: Page, name: string, content: string, mimeType = "text/csv") {
  await page.getByLabel(/Report file/).setInputFiles({ name, mimeType, buffer: Buffer.from(content, "utf8") });
  await page.getByRole("button", { name: "Import file" }).click();
}

/** "$1,299.99" / "-$250.00" as the CSV writes it: "1299.99" / "-250.00". */
export const plain = (shown: string) => shown.trim().replace(/[$,]/g, "");

export const chips = (page: Page) => page.getByRole("navigation", { name: "Funding records by status" });
