// The funding report's fields in words, as finance reads them on every reconciliation page
// ("Transaction amount", not transactionAmount). The CSV export keeps the provider's names.
import type { FundingRecordField } from "@/lib/providers/chargeafter/funding-record-schema";

export const FUNDING_FIELD_LABELS: Record<FundingRecordField, string> = {
  chargeId: "Charge id",
  transactionId: "Transaction id",
  transactionType: "Transaction type",
  transactionDate: "Transaction date",
  transactionAmount: "Transaction amount",
  discountAmount: "Discount",
  netAmount: "Net amount",
  fundedAt: "Funding date",
  updatedAt: "Updated by ChargeAfter",
  status: "Status",
  lenderName: "Lender",
  lenderReferenceId: "Lender reference",
  merchantOrderId: "Merchant order id",
  merchantTransactionId: "Merchant transaction id",
  productType: "Product type",
  promoCode: "Promo code",
  firstName: "First name",
  lastName: "Last name",
  email: "Email",
};

/** A field in words; an unknown name as it is. */
export function fundingFieldLabel(field: string): string {
  return FUNDING_FIELD_LABELS[field as FundingRecordField] ?? field;
}
