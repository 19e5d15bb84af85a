// The funding report's CSV layout (CONTRACT.md "CSV export"): the header in this exact
// order, and the escaping of cells a spreadsheet would run as a formula.
import type { FundingRecordField } from "@/lib/providers/chargeafter/funding-record-schema";

/** The header line exactly as CONTRACT.md "CSV export" writes it. */
export const FUNDING_CSV_HEADER =
  "chargeId,transactionId,transactionType,transactionDate,transactionAmount,discountAmount,netAmount,fundedAt,status,lenderName,productType,promoCode,merchantOrderId,merchantTransactionId,firstName,lastName,email,updatedAt";

/** Every report field but the lender's reference id, which the export leaves out. */
export type FundingCsvColumn = Exclude<FundingRecordField, "lenderReferenceId">;

export const FUNDING_CSV_COLUMNS = FUNDING_CSV_HEADER.split(",") as readonly FundingCsvColumn[];

export const AMOUNT_COLUMNS: ReadonlySet<string> = new Set(["transactionAmount", "discountAmount", "netAmount"]);

/**
 * What spreadsheets read as the start of a formula (character codes): = + - @, tab, CR, LF,
 * ; and | (DDE in some), and the full-width ＝ ＋ － ＠ that some spreadsheets fold to ASCII.
 */
export const FORMULA_START_CODES: readonly number[] = [
  61, 43, 45, 64, 9, 13, 10, 59, 124, 0xff1d, 0xff0b, 0xff0d, 0xff20,
];
const FORMULA_STARTS = new Set(FORMULA_START_CODES);

/** A text cell made safe for spreadsheets: a leading ' when it would start a formula. */
export function escapeFormula(value: string): string {
  return value.length && FORMULA_STARTS.has(value.charCodeAt(0)) ? `'${value}` : value;
}

/** Undoes escapeFormula on a cell read back from one of our exports. */
export function unescapeFormula(value: string): string {
  return value.length > 1 && value.charCodeAt(0) === 39 && FORMULA_STARTS.has(value.charCodeAt(1))
    ? value.slice(1)
    : value;
}
