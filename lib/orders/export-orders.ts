// The order list as CSV (GET /api/orders/export): orders and pending carts under the page's
// query and order, every page; `kind` says which a row is, and a cart's amount is the total
// its order will have.
import "server-only";

import { csvColumns } from "@/lib/csv/csv-columns";
import type { ListExport } from "@/lib/csv/list-export";

import { findOrders, type OrderListRow } from "./find-orders";
import type { OrderFilters } from "./find-orders-schema";
import { readOrderFilters } from "./read-order-filters";

export const ordersExport: ListExport<OrderFilters, OrderListRow> = {
  list: "orders",
  action: "order.export",
  read: readOrderFilters,
  nameParts: { kind: "", status: "", financing: "financing", q: "search" },
  columns: csvColumns<OrderListRow>([
    ...(["kind", "id", "provider", "status", "createdAt", "cancelledAt"] as const),
    ...(["customerFirstName", "customerLastName", "customerEmail", "amount", "refundedAmount", "currency"] as const),
    ...(["merchantTransactionId", "requestToken"] as const),
    ["applicationId", (row) => row.application?.id],
    ["applicationExternalId", (row) => row.application?.externalId],
    ["financingStatus", (row) => row.application?.status],
    ...(["flags", "holdReason"] as const),
  ]),
  findPage: (filters, cursor, { timeZone, pageSize }) => findOrders({ filters, cursor, timeZone, pageSize }),
};
