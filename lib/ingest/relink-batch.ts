// The link step of a batch of deliveries, run once at its end instead of once per event: the
// statement recomputes the links of every record the keys reach from what is stored then, so
// one run over the union of the keys ends where one run per event would.
import type { Prisma } from "@/lib/db/client";
import { relinkSales, type EventCustomer, type SaleKeys } from "@/lib/links/relink-sales";

/** How a domain writer asks for the link step: relinkSales now, or a batch's collector for later. */
export type Relink = (tx: Prisma.TransactionClient, keys: SaleKeys) => Promise<unknown>;

export type RelinkBatch = { relink: Relink; flush(tx: Prisma.TransactionClient): Promise<unknown> };

export function relinkBatch(): RelinkBatch {
  const applicationIds: string[] = [];
  const saleIds: (string | null | undefined)[] = [];
  const chargeIds: (string | null | undefined)[] = [];
  const transactionIds: string[] = [];
  const customers = new Map<string, EventCustomer>();
  return {
    relink: async (_tx, keys) => {
      applicationIds.push(...(keys.applicationIds ?? []));
      saleIds.push(...(keys.saleIds ?? []));
      chargeIds.push(...(keys.chargeIds ?? []));
      transactionIds.push(...(keys.transactionIds ?? []));
      for (const customer of keys.customers ?? []) mergeCustomer(customers, customer);
    },
    flush: (tx) =>
      relinkSales(tx, { applicationIds, saleIds, chargeIds, transactionIds, customers: [...customers.values()] }),
  };
}

/**
 * One fact per application and source, each field from the first event that named it: a
 * source does not replace its own earlier value (fill-customers-sql.ts), so the first wins
 * when the events run one by one too.
 */
function mergeCustomer(customers: Map<string, EventCustomer>, customer: EventCustomer): void {
  const key = `${customer.applicationId} ${customer.source}`;
  const known = customers.get(key);
  if (!known) {
    customers.set(key, { ...customer });
    return;
  }
  if (!known.firstName && !known.lastName && (customer.firstName || customer.lastName)) {
    known.firstName = customer.firstName;
    known.lastName = customer.lastName;
  }
  known.email ??= customer.email;
}
