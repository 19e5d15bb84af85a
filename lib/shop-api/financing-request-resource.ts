// GET /api/v1/financing-requests/{id}: the request (its pending cart), its state in one word
// (the same derivation as the desk's list and page), its cart, its application and its order.
import "server-only";

import Decimal from "decimal.js";
import { z } from "zod";

import { db, type Prisma } from "@/lib/db/client";
import { ApplicationStatus, FinancingRequestState } from "@/lib/db/generated/enums";
import { requestFactsSelect } from "@/lib/financing-requests/request-facts";
import { requestState } from "@/lib/financing-requests/request-state";
import { isUuid } from "@/lib/search-params/is-uuid";

import { lower, lowerEnum, money, moneySchema, time, timeSchema } from "./api-values";
import { orderResourceSchema, orderResourceSelect, toOrderResource } from "./order-resource";

export const financingRequestStates = [...lowerEnum(FinancingRequestState).options, "expired"] as const;

const cartItemSchema = z.object({
  sku: z.string(),
  displayName: z.string(),
  unitPrice: moneySchema,
  quantity: z.number().int(),
  unitTax: moneySchema,
  category: z.string().nullable(),
});

export const financingRequestResourceSchema = z
  .object({
    id: z.uuid(),
    merchantTransactionId: z.string(),
    status: z.enum(financingRequestStates).meta({
      description:
        "waiting for the customer, in_progress, declined, approved_no_order, ordered, refused (by WeGetFinancing), not_sent (its answer never came), expired (30 days without an answer), …",
    }),
    href: z.string().nullable().meta({ description: "The customer's financing link (WeGetFinancing's lightbox)." }),
    requestToken: z.string().nullable(),
    amount: moneySchema.meta({ description: "What the customer finances: items, their tax and shipping." }),
    currency: z.string(),
    cart: z.object({
      items: z.array(cartItemSchema),
      itemsAmount: moneySchema,
      taxAmount: moneySchema,
      shippingAmount: moneySchema,
    }),
    customer: z.object({
      firstName: z.string(),
      lastName: z.string(),
      email: z.string(),
      phone: z.string().nullable(),
    }),
    application: z.object({ id: z.uuid(), providerId: z.string(), status: lowerEnum(ApplicationStatus) }).nullable(),
    // A union, not .nullable(): the generator drops the null of a named schema.
    order: z.union([orderResourceSchema, z.null()]),
    createdAt: timeSchema,
  })
  .meta({ id: "FinancingRequest" });

export type FinancingRequestResource = z.infer<typeof financingRequestResourceSchema>;

const select = {
  ...requestFactsSelect,
  id: true,
  merchantTransactionId: true,
  financingUrl: true,
  items: true,
  amount: true,
  taxAmount: true,
  shippingAmount: true,
  currency: true,
  customerFirstName: true,
  customerLastName: true,
  customerEmail: true,
  customerPhone: true,
  application: { select: { id: true, externalId: true, status: true } },
  order: { select: orderResourceSelect },
} satisfies Prisma.PendingCartSelect;

export async function findFinancingRequestResource(id: string): Promise<FinancingRequestResource | null> {
  if (!isUuid(id)) return null;
  const cart = await db().pendingCart.findUnique({ where: { id: id.toLowerCase() }, select });
  if (!cart) return null;
  return {
    id: cart.id,
    merchantTransactionId: cart.merchantTransactionId,
    status: lower(requestState(cart)),
    href: cart.financingUrl,
    requestToken: cart.requestToken,
    amount: money(
      new Decimal(cart.amount.toString()).plus(cart.taxAmount.toString()).plus(cart.shippingAmount.toString()),
    ),
    currency: cart.currency,
    cart: {
      items: storedItems(cart.items),
      itemsAmount: money(cart.amount),
      taxAmount: money(cart.taxAmount),
      shippingAmount: money(cart.shippingAmount),
    },
    customer: {
      firstName: cart.customerFirstName,
      lastName: cart.customerLastName,
      email: cart.customerEmail,
      phone: cart.customerPhone,
    },
    application: cart.application && {
      id: cart.application.id,
      providerId: cart.application.externalId,
      status: lower(cart.application.status),
    },
    order: cart.order && toOrderResource(cart.order),
    createdAt: time(cart.createdAt),
  };
}

// Items as the desk's form stores them (displayName, unitPrice…); older carts used WeGetFinancing's names.
const storedItem = z
  .object({
    sku: z.coerce.string(),
    displayName: z.coerce.string().optional(),
    display_name: z.coerce.string().optional(),
    unitPrice: z.coerce.string().optional(),
    unit_price: z.coerce.string().optional(),
    quantity: z.coerce.number(),
    unitTax: z.coerce.string().optional(),
    unit_tax: z.coerce.string().optional(),
    category: z.string().optional(),
  })
  .transform((item) => ({
    sku: item.sku,
    displayName: item.displayName ?? item.display_name ?? "",
    unitPrice: new Decimal(item.unitPrice ?? item.unit_price ?? "0").toFixed(2),
    quantity: item.quantity,
    unitTax: new Decimal(item.unitTax ?? item.unit_tax ?? "0").toFixed(2),
    category: item.category ?? null,
  }));

function storedItems(items: Prisma.JsonValue): FinancingRequestResource["cart"]["items"] {
  const parsed = z.array(storedItem).safeParse(items);
  return parsed.success ? parsed.data : [];
}
