// A funding record as the application and order pages list it: which transaction, when, how much.
import type { Prisma } from "@/lib/db/client";

export const fundingRecordSummaryColumns = {
  transactionId: true,
  transactionType: true,
  transactionDate: true,
  transactionAmount: true,
  netAmount: true,
  fundedAt: true,
  status: true,
} as const satisfies Prisma.FundingRecordSelect;

/** Oldest first, as a statement reads. */
export const fundingRecordOrder = [
  { transactionDate: "asc" },
  { transactionId: "asc" },
] as const satisfies Prisma.FundingRecordOrderByWithRelationInput[];
