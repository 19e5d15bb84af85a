// Words for order values, as staff read them in the order list.
import type { ApplicationStatus, OrderStatus } from "../db/generated/enums";
import type { FinancingStatusFilter } from "./find-orders-schema";

export const orderStatusLabels: Record<OrderStatus, { label: string; description: string }> = {
  OPEN: { label: "Open", description: "Financed and not cancelled." },
  CANCELLED: { label: "Cancelled", description: "WeGetFinancing cancelled the financing: the order is cancelled." },
};

export const financingStatusLabels: Record<ApplicationStatus, { label: string; description: string }> = {
  CREATED: { label: "Created", description: "The application was started." },
  PREQUALIFIED: { label: "Prequalified", description: "The customer prequalified; no decision yet." },
  PENDING: { label: "Pending", description: "Waiting for the lender's decision." },
  DECLINED: { label: "Declined", description: "Every lender declined." },
  APPROVED: { label: "Approved", description: "A lender approved the financing." },
  CONFIRMED: { label: "Confirmed", description: "The customer confirmed the financing at checkout." },
  CANCELLED: { label: "Cancelled", description: "The financing was cancelled." },
};

export const financingFilterLabels: Record<FinancingStatusFilter, string> = {
  ...Object.fromEntries(Object.entries(financingStatusLabels).map(([value, { label }]) => [value, label])),
  NONE: "No application yet",
} as Record<FinancingStatusFilter, string>;

export const orderKindLabels = { orders: "Orders only", carts: "Pending carts only" } as const;
