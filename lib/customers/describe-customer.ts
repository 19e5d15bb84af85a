// The customer of a sale as every page shows it, with where each fact came from. Orders,
// disputes and funding records show the customer of their linked application (select
// `customerColumns` on it); an order's own cart copy is the fallback.
import type { Prisma } from "@/lib/db/client";

import { CUSTOMER_FIELDS, CUSTOMER_SOURCES, isCustomerSource, type CustomerField } from "./customer-sources";

/** Select these on an Application (e.g. `application: { select: customerColumns }`). */
export const customerColumns = {
  customerFirstName: true,
  customerLastName: true,
  customerEmail: true,
  customerPhone: true,
  customerSources: true,
} satisfies Prisma.ApplicationSelect;

export type CustomerFacts = {
  customerFirstName: string | null;
  customerLastName: string | null;
  customerEmail: string | null;
  customerPhone?: string | null;
  customerSources?: unknown;
};

export type CustomerView = {
  name: string | null;
  email: string | null;
  phone: string | null;
  /** Per fact, the source in words ("funding report"); absent when unknown. */
  sources: Partial<Record<CustomerField, string>>;
  /** "Ada Lovelace · ada@example.com", or null when nothing is known. */
  summary: string | null;
};

/**
 * The application's customer; for each fact it lacks, `fallback`'s (an order's or cart's
 * own copy, which came from the cart).
 */
export function describeCustomer(application: CustomerFacts | null, fallback?: CustomerFacts | null): CustomerView {
  const stored = (application?.customerSources ?? {}) as Record<string, unknown>;
  const view: CustomerView = { name: null, email: null, phone: null, sources: {}, summary: null };
  const values = (facts: CustomerFacts | null | undefined): Record<CustomerField, string | null> => ({
    name: [facts?.customerFirstName, facts?.customerLastName].filter(Boolean).join(" ") || null,
    email: facts?.customerEmail ?? null,
    phone: facts?.customerPhone ?? null,
  });
  const own = values(application);
  const other = values(fallback);
  for (const field of CUSTOMER_FIELDS) {
    const source = stored[field];
    if (own[field]) {
      view[field] = own[field];
      if (isCustomerSource(source)) view.sources[field] = CUSTOMER_SOURCES[source].label;
    } else if (other[field]) {
      view[field] = other[field];
      view.sources[field] = CUSTOMER_SOURCES.cart.label;
    }
  }
  view.summary = [view.name, view.email].filter(Boolean).join(" · ") || null;
  return view;
}

/** "name from the funding report, email from the financing request's cart", or null. */
export function describeCustomerSources(view: CustomerView): string | null {
  const parts = CUSTOMER_FIELDS.filter((field) => view[field] && view.sources[field]).map(
    (field) => `${field} from the ${view.sources[field]}`,
  );
  return parts.join(", ") || null;
}
