// Words for application values, as staff read them in the list and on an application's page.
import type { ApplicationStatus } from "@/lib/db/generated/enums";

export const applicationStatusLabels: Record<ApplicationStatus, { label: string; description: string }> = {
  CREATED: { label: "Created", description: "Started; no lender has answered yet." },
  PREQUALIFIED: { label: "Prequalified", description: "A lender prequalified the customer; nothing is approved yet." },
  PENDING: { label: "Pending", description: "Waiting for the lender, the customer or the merchant." },
  DECLINED: { label: "Declined", description: "Every lender declined." },
  APPROVED: { label: "Approved", description: "A lender approved the financing." },
  CONFIRMED: { label: "Confirmed", description: "The customer confirmed the checkout: a charge can be created." },
  CANCELLED: { label: "Cancelled", description: "The application was cancelled." },
};

export const APPLICATION_STATUS_ORDER: ApplicationStatus[] = [
  "CREATED",
  "PREQUALIFIED",
  "PENDING",
  "DECLINED",
  "APPROVED",
  "CONFIRMED",
  "CANCELLED",
];

export const applicationSortLabels = {
  lastEventAt: "Last event, newest first",
  createdAt: "First received, newest first",
} as const;

/** "Ada Lovelace", or null when no part of the name is known. */
export function customerName(row: {
  customerFirstName: string | null;
  customerLastName: string | null;
}): string | null {
  return [row.customerFirstName, row.customerLastName].filter(Boolean).join(" ") || null;
}
