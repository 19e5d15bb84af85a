// The funding report's CSV layout (CONTRACT.md "CSV export"): the header in this exact
// order and which columns are amounts (never formula-escaped). The escaping is lib/csv's.
import type { FundingRecordField } from "@/lib/providers/chargeafter/funding-record-schema";

// The report file reader undoes the export's escaping through this module.
export { unescapeFormula } from "@/lib/csv/escape-formula";

/** The header line exactly as CONTRACT.md "CSV export" writes it. */
export const FUNDING_CSV_HEADER =
  "chargeId,transactionId,transactionType,transactionDate,transactionAmount,discountAmount,netAmount,fundedAt,status,lenderName,productType,promoCode,merchantOrderId,merchantTransactionId,firstName,lastName,email,updatedAt";

/** Every report field but the lender's reference id, which the export leaves out. */
export type FundingCsvColumn = Exclude<FundingRecordField, "lenderReferenceId">;

export const FUNDING_CSV_COLUMNS = FUNDING_CSV_HEADER.split(",") as readonly FundingCsvColumn[];

export const AMOUNT_COLUMNS: ReadonlySet<string> = new Set(["transactionAmount", "discountAmount", "netAmount"]);
