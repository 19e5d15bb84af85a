// Words for order values, as staff read them in the order list and on an application's page.
import { applicationStatusLabels } from "@/lib/applications/application-labels";
import type { OrderStatus } from "@/lib/db/generated/enums";

import type { FinancingStatusFilter } from "./find-orders-schema";

export const orderStatusLabels: Record<OrderStatus, { label: string; description: string }> = {
  OPEN: { label: "Open", description: "Financed and not cancelled." },
  CANCELLED: { label: "Cancelled", description: "WeGetFinancing cancelled the financing: the order is cancelled." },
  ON_HOLD: {
    label: "On hold",
    description: "WeGetFinancing sent contradicting outcomes (rejected after approval): staff decide whether to ship.",
  },
};

/** Badge tone per order status: on hold needs someone's attention. */
export const orderStatusTones: Record<OrderStatus, "success" | "neutral" | "warning"> = {
  OPEN: "success",
  CANCELLED: "neutral",
  ON_HOLD: "warning",
};

/** Words for the flags an order can carry; an unknown flag shows as written. */
export const orderFlagLabels: Record<string, { label: string; description: string }> = {
  "over-refund": {
    label: "Over-refund",
    description: "More was refunded than the order's total; recorded as WeGetFinancing sent it.",
  },
  "approved-amount-differs": {
    label: "Approved amount differs",
    description: "The lender approved another amount than the cart's total; the order keeps the cart's total.",
  },
  "cart-already-promoted": {
    label: "Cart already promoted",
    description:
      "An approval under another request token arrived for this order's cart; it was applied to its application only.",
  },
};

export function orderFlagLabel(flag: string): { label: string; description: string } {
  return orderFlagLabels[flag] ?? { label: flag, description: flag };
}

/** The financing behind an order is its application: its statuses read the same words. */
export const financingStatusLabels = applicationStatusLabels;

export const financingFilterLabels: Record<FinancingStatusFilter, string> = {
  ...Object.fromEntries(Object.entries(financingStatusLabels).map(([value, { label }]) => [value, label])),
  NONE: "No application yet",
} as Record<FinancingStatusFilter, string>;

export const orderKindLabels = { orders: "Orders only", carts: "Pending carts only" } as const;
