// The deposits view as CSV (GET /api/reconciliation/deposits/export, finance and admin): one
// row per funded day (APP_TIMEZONE) and lender, the figure the bank statement line must show,
// and finance's check of it. Amounts are PostgreSQL's exact text, written as they come.
import "server-only";

import { csvColumns } from "@/lib/csv/csv-columns";
import type { ListExport } from "@/lib/csv/list-export";

import { findDeposits, readDepositFilters, type DepositFilters, type DepositRow } from "./find-deposits";

export const depositsExport: ListExport<DepositFilters, DepositRow> = {
  list: "deposits",
  action: "deposit.export",
  permission: "exportFunding",
  read: readDepositFilters,
  nameParts: { state: "", lender: "lender" },
  cursorId: "text",
  columns: csvColumns<DepositRow>([
    ["fundedDay", (row) => row.day],
    "lenderName",
    ["records", (row) => row.count],
    ["grossAmount", (row) => row.transactionAmount, "amount"],
    ["discountAmount", (row) => row.discountAmount, "amount"],
    ["netAmount", (row) => row.netAmount, "amount"],
    ...(["state", "bankReference", "note", "reviewedByEmail", "reviewedAt"] as const),
  ]),
  findPage: (filters, cursor, { timeZone, pageSize }) => findDeposits({ filters, cursor, timeZone, pageSize }),
};
