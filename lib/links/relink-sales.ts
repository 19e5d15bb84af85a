// Matching's one home: whenever a side of a sale arrives (an application event, a post-sale
// event, a status answer, a funding sync or import, a cart promotion) its writer calls this in
// its own transaction, so a funding record is linked the moment its application exists and
// the records page, its "Our match" filter and the day totals (kept by FundingRecord's
// triggers) are current without another sync. It also fills the customer of every
// application it touches (lib/customers).
import type pg from "pg";

import type { CustomerSource } from "@/lib/customers/customer-sources";
import type { Prisma } from "@/lib/db/client";

import { RELINK_SQL } from "./relink-sql";

export type SaleKeys = {
  applicationIds?: readonly string[];
  /** Merchant order or transaction ids (either may be quoted as the other). */
  saleIds?: readonly (string | null | undefined)[];
  chargeIds?: readonly (string | null | undefined)[];
  /** Funding records by their transaction id. */
  transactionIds?: readonly string[];
  /** Customer facts an event carried about an application. */
  customers?: readonly EventCustomer[];
};

export type EventCustomer = {
  applicationId: string;
  source: CustomerSource;
  firstName?: string;
  lastName?: string;
  email?: string;
};

export type RelinkCounts = { linked: number; filled: number };

type Runner = Prisma.TransactionClient | pg.ClientBase;

const present = (values: readonly (string | null | undefined)[] = []) => [
  ...new Set(values.filter((v): v is string => typeof v === "string" && v !== "")),
];

export async function relinkSales(runner: Runner, keys: SaleKeys): Promise<RelinkCounts> {
  const params = [
    present(keys.applicationIds),
    present(keys.saleIds),
    present(keys.chargeIds),
    present(keys.transactionIds),
    JSON.stringify(keys.customers ?? []),
  ];
  if (params.slice(0, 4).every((list) => !list.length)) return { linked: 0, filled: 0 };
  const rows =
    "$queryRawUnsafe" in runner
      ? await runner.$queryRawUnsafe<RelinkCounts[]>(RELINK_SQL, ...params)
      : (await runner.query<RelinkCounts>(RELINK_SQL, params)).rows;
  return rows[0] ?? { linked: 0, filled: 0 };
}
