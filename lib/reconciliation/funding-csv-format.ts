// The funding report's CSV layout (CONTRACT.md "CSV export"): the header in this exact
// order, and the escaping of cells a spreadsheet would run as a formula.

export const FUNDING_CSV_COLUMNS = [
  "chargeId",
  "transactionId",
  "transactionType",
  "transactionDate",
  "transactionAmount",
  "discountAmount",
  "netAmount",
  "fundedAt",
  "status",
  "lenderName",
  "productType",
  "promoCode",
  "merchantOrderId",
  "merchantTransactionId",
  "firstName",
  "lastName",
  "email",
  "updatedAt",
] as const;

export type FundingCsvColumn = (typeof FUNDING_CSV_COLUMNS)[number];

export const AMOUNT_COLUMNS: ReadonlySet<string> = new Set(["transactionAmount", "discountAmount", "netAmount"]);

/** = + - @ tab CR (character codes): what spreadsheets read as the start of a formula. */
export const FORMULA_START_CODES: readonly number[] = [61, 43, 45, 64, 9, 13];
const FORMULA_STARTS = new Set(FORMULA_START_CODES);

/** A text cell made safe for spreadsheets: a leading ' when it would start a formula. */
export function escapeFormula(value: string): string {
  return value.length && FORMULA_STARTS.has(value.charCodeAt(0)) ? `'${value}` : value;
}

/** Undoes escapeFormula on a cell read back from one of our exports. */
export function unescapeFormula(value: string): string {
  return value.length > 1 && value.charCodeAt(0) === 39 && FORMULA_STARTS.has(value.charCodeAt(1)) ? value.slice(1) : value;
}
