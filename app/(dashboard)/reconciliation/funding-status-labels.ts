// How the funding report's statuses read on screen: words, tone, what each means, and the
// chart colour. Legacy values still present in older records are labelled as such.
import type { StatusStyle } from "@/components/list/status-badge";
import { FUNDING_STATUSES, type FundingStatus } from "@/lib/providers/chargeafter/funding-record-schema";

export const fundingStatusStyles: Record<FundingStatus, StatusStyle> = {
  RECONCILED: {
    label: "Reconciled",
    tone: "success",
    description: "The lender's transaction matches the charge: type and amount agree.",
  },
  TYPE_MISMATCH: {
    label: "Type mismatch",
    tone: "danger",
    description: "The lender recorded another transaction type than the charge (e.g. a refund against a settle).",
  },
  AMOUNT_MISMATCH: {
    label: "Amount mismatch",
    tone: "danger",
    description: "The lender's amount differs from the charge's amount.",
  },
  MISSING: {
    label: "Missing",
    tone: "warning",
    description: "A lender transaction with no matching charge at ChargeAfter.",
  },
  ORIGINAL_TRANSACTION_MISSING: {
    label: "Original missing",
    tone: "warning",
    description: "A refund or reversal whose original transaction is not in the report.",
  },
  UNRECONCILED: {
    label: "Unreconciled (legacy)",
    tone: "warning",
    description: "Legacy status of older records: not yet reconciled.",
  },
  MISMATCHED: {
    label: "Mismatched (legacy)",
    tone: "danger",
    description: "Legacy status of older records: type or amount did not match.",
  },
  CHARGEBACK: {
    label: "Chargeback (legacy)",
    tone: "neutral",
    description: "Legacy status of older records: a chargeback.",
  },
};

/** Chips and the chart list the current statuses first, then the legacy ones. */
export const FUNDING_STATUS_ORDER: readonly FundingStatus[] = FUNDING_STATUSES;

export function isFundingStatus(value: string): value is FundingStatus {
  return (FUNDING_STATUSES as readonly string[]).includes(value);
}

export function fundingStatusLabel(value: string): string {
  return isFundingStatus(value) ? fundingStatusStyles[value].label : value;
}

/** Chart fills (≥ 3:1 against white), one per status; unknown statuses share the last. */
export const fundingStatusFills: Record<FundingStatus | "OTHER", string> = {
  RECONCILED: "#15803d", // green-700
  TYPE_MISMATCH: "#b91c1c", // red-700
  AMOUNT_MISMATCH: "#ea580c", // orange-600
  MISSING: "#a16207", // yellow-700
  ORIGINAL_TRANSACTION_MISSING: "#7c3aed", // violet-600
  UNRECONCILED: "#6b7280", // gray-500
  MISMATCHED: "#9f1239", // rose-800
  CHARGEBACK: "#334155", // slate-700
  OTHER: "#0369a1", // sky-700
};

export function fundingStatusFill(value: string): string {
  return isFundingStatus(value) ? fundingStatusFills[value] : fundingStatusFills.OTHER;
}
