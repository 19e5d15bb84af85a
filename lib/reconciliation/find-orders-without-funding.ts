// Our side of reconciliation: ChargeAfter applications we saw approved (or confirmed at
// checkout) more than N days ago that no funding record points at yet: money we expect
// and ChargeAfter has not reported. WeGetFinancing is left out: it has no funding report.
import "server-only";

import { z } from "zod";

import { db, type Prisma } from "@/lib/db/client";
import { fetchPage, keysetFindArgs, type Cursor, type Page } from "@/lib/pagination/keyset";

import { UNFUNDED_DEFAULT_DAYS } from "./read-unfunded-query";

export const findOrdersWithoutFundingSchema = z.object({
  /** Days after the last event before a missing funding record is worth a look. */
  days: z.coerce.number().int().min(0).max(3650).default(UNFUNDED_DEFAULT_DAYS),
});

const columns = {
  id: true,
  externalId: true,
  merchantOrderId: true,
  merchantTransactionId: true,
  status: true,
  lenderName: true,
  approvedAmount: true,
  customerFirstName: true,
  customerLastName: true,
  customerEmail: true,
  lastEventAt: true,
  orders: { select: { id: true, merchantTransactionId: true, amount: true, status: true } },
} as const satisfies Prisma.ApplicationSelect;

export type OrderWithoutFunding = Prisma.ApplicationGetPayload<{ select: typeof columns }>;

export async function findOrdersWithoutFunding(input: {
  days?: number;
  cursor?: Cursor | null;
  pageSize?: number;
  now?: Date;
}): Promise<Page<OrderWithoutFunding>> {
  const { days } = findOrdersWithoutFundingSchema.parse({ days: input.days });
  const cutoff = new Date((input.now ?? new Date()).getTime() - days * 86_400_000);
  const where: Prisma.ApplicationWhereInput = {
    provider: "CHARGEAFTER",
    status: { in: ["APPROVED", "CONFIRMED"] },
    lastEventAt: { lt: cutoff },
    fundingRecords: { none: {} },
  };
  return fetchPage<OrderWithoutFunding>({
    cursor: input.cursor ?? null,
    pageSize: input.pageSize ?? 50,
    key: (row) => ({ at: row.lastEventAt, id: row.id }),
    fetch: (cursor, take) =>
      db().application.findMany({ ...keysetFindArgs(cursor, [where], "lastEventAt", "id"), take, select: columns }),
  });
}
