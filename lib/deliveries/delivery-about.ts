// What a delivery was about, from the links processing made (its application, order and
// dispute): the customer when one of them knows it, and a link to each. Shared by the
// log and a delivery's page.
import type { Prisma } from "@/lib/db/client";

const customerColumns = { customerFirstName: true, customerLastName: true, customerEmail: true } as const;

/** The select that deliveryAbout reads. */
export const deliveryAboutColumns = {
  application: { select: { id: true, externalId: true, ...customerColumns } },
  order: {
    select: { id: true, merchantTransactionId: true, requestToken: true, application: { select: customerColumns } },
  },
  dispute: { select: { id: true, externalId: true, application: { select: customerColumns } } },
} as const satisfies Prisma.DeliverySelect;

type Customer = { customerFirstName: string | null; customerLastName: string | null; customerEmail: string | null };
export type DeliveryLinks = Prisma.DeliveryGetPayload<{ select: typeof deliveryAboutColumns }>;

export type AboutLink = { kind: "application" | "order" | "dispute"; href: string; label: string };
export type DeliveryAbout = { customer: string | null; links: AboutLink[] };

export function deliveryAbout(delivery: DeliveryLinks): DeliveryAbout {
  const { application, order, dispute } = delivery;
  const links: AboutLink[] = [];
  if (application)
    links.push({ kind: "application", href: `/applications/${application.id}`, label: application.externalId });
  if (order) {
    const ref = order.merchantTransactionId ?? order.requestToken;
    links.push({ kind: "order", href: `/orders?q=${encodeURIComponent(ref)}`, label: ref });
  }
  if (dispute) links.push({ kind: "dispute", href: `/disputes/${dispute.id}`, label: dispute.externalId });
  const known = [application, order?.application, dispute?.application].find((c): c is Customer => !!c && named(c));
  return { customer: known ? customerLabel(known) : null, links };
}

const named = (c: Customer) => !!(c.customerFirstName || c.customerLastName || c.customerEmail);

function customerLabel(c: Customer): string {
  const name = [c.customerFirstName, c.customerLastName].filter(Boolean).join(" ");
  return name || c.customerEmail!;
}
