// A financing request for a phone or in-store sale: save the pending cart first (so an
// approval can always find it), ask WeGetFinancing for a financing link, and keep the
// link and request token. The approved postback later turns the cart into an order.
import { randomBytes } from "node:crypto";

import Decimal from "decimal.js";

import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { env } from "@/lib/config/env";
import { db, Prisma } from "@/lib/db/client";
import { wgfApiConfig } from "@/lib/providers/wegetfinancing/api-config";
import {
  createWgfRequest,
  type CreateRequestBody,
  type WgfRefusalReason,
} from "@/lib/providers/wegetfinancing/create-request-client";

import { financingRequestSchema, type FinancingRequest, type FinancingRequestInput } from "./financing-request-schema";

export type CreateFinancingRequestResult =
  | {
      ok: true;
      pendingCartId: string;
      applicationId: string;
      requestToken: string;
      financingUrl: string;
      merchantTransactionId: string;
      /** What WeGetFinancing says it finances, when it says; flagged when it is not our total. */
      answeredAmount?: string;
      flags: string[];
    }
  | {
      ok: false;
      /**
       * not-configured and duplicate: nothing was sent. refused: WeGetFinancing created nothing and
       * the cart is kept marked refused (the id may be sent again). unavailable: the answer is
       * unknown, so the cart is kept as it is: an approval may still come for it.
       */
      kind: "not-configured" | "duplicate" | "refused" | "unavailable";
      message: string;
      fieldErrors?: Record<string, string[]>;
      /** The pending cart kept (refused or unavailable). */
      pendingCartId?: string;
    };

/** Where WeGetFinancing sends the customer after the lightbox (the shop's pages; the staff form has none). */
export type ReturnUrls = { successUrl?: string; failureUrl?: string };

type Options = { postbackUrl: string; returnUrls?: ReturnUrls; fetch?: typeof fetch };

export async function createFinancingRequest(
  input: FinancingRequestInput,
  actor: Actor,
  options: Options,
): Promise<CreateFinancingRequestResult> {
  const config = wgfApiConfig(env());
  if (!config)
    return {
      ok: false,
      kind: "not-configured",
      message: "WeGetFinancing is not configured: set WGF_MERCHANT_ID, WGF_USERNAME and WGF_PASSWORD.",
    };
  const request = financingRequestSchema.parse(input);
  const merchantTransactionId = request.merchantTransactionId ?? newMerchantTransactionId();
  const totals = cartTotals(request);

  let cartId: string;
  try {
    cartId = await db().$transaction(async (tx) => {
      // A request WeGetFinancing refused created nothing there: sending the sale again replaces it.
      await tx.pendingCart.deleteMany({ where: { merchantTransactionId, refusedAt: { not: null } } });
      const cart = await tx.pendingCart.create({
        data: {
          provider: "WEGETFINANCING",
          merchantTransactionId,
          customerFirstName: request.firstName,
          customerLastName: request.lastName,
          customerEmail: request.email,
          customerPhone: request.phone,
          billingAddress: request.billing,
          shippingAddress: request.shipping ?? request.billing,
          items: request.items,
          amount: totals.subtotal.toFixed(2),
          shippingAmount: totals.shipping.toFixed(2),
          taxAmount: totals.tax.toFixed(2),
          createdByEmail: actor.email,
        },
        select: { id: true },
      });
      await recordAudit(tx, actor, {
        action: "financing-request.create",
        targetType: "pending-cart",
        targetId: cart.id,
        details: { merchantTransactionId, total: totals.total.toFixed(2) },
      });
      return cart.id;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return {
        ok: false,
        kind: "duplicate",
        message: "A financing request with this merchant transaction id exists already.",
        fieldErrors: { merchantTransactionId: ["Already used."] },
      };
    }
    throw error;
  }

  const body = wgfBody(request, merchantTransactionId, totals, options.postbackUrl, options.returnUrls);
  const result = await createWgfRequest(config, body, { fetch: options.fetch });
  if (!result.ok) {
    // A refusal created nothing at WeGetFinancing: the cart stays, marked refused (the list shows it),
    // until the sale is sent again. Otherwise it stays as it is: an approval may still come for it.
    const fieldErrors = result.kind === "refused" ? fieldErrorsFrom(result.reasons) : undefined;
    if (result.kind === "refused") {
      const why = [result.message, ...Object.values(fieldErrors ?? {}).flat()].join(" ");
      await db().pendingCart.update({ where: { id: cartId }, data: { refusedAt: new Date(), refusalMessage: why } });
    }
    return { ok: false, kind: result.kind, message: result.message, fieldErrors, pendingCartId: cartId };
  }
  // WeGetFinancing sums the financed amount itself (its own test: items plus shipping, without tax).
  const answeredAmount = result.amount?.toFixed(2);
  const flags = answeredAmount !== undefined && !result.amount!.equals(totals.total) ? ["wgf-amount-differs"] : [];

  const applicationId = await db().$transaction(async (tx) => {
    const now = new Date();
    const application = await tx.application.upsert({
      where: { provider_externalId: { provider: "WEGETFINANCING", externalId: result.requestToken } },
      create: {
        provider: "WEGETFINANCING",
        externalId: result.requestToken,
        merchantTransactionId,
        status: "CREATED",
        requestedAmount: totals.total.toFixed(2),
        customerFirstName: request.firstName,
        customerLastName: request.lastName,
        customerEmail: request.email,
        customerPhone: request.phone,
        lastEventAt: now,
      },
      update: {
        requestedAmount: totals.total.toFixed(2),
        customerFirstName: request.firstName,
        customerLastName: request.lastName,
        customerEmail: request.email,
      },
      select: { id: true },
    });
    await tx.applicationEvent.create({
      data: {
        applicationId: application.id,
        type: "financing-request.created",
        occurredAt: now,
        amount: totals.total.toFixed(2),
        data: {
          createdBy: actor.email,
          financingUrl: result.href,
          ...(answeredAmount ? { wgfAmount: answeredAmount } : {}),
          ...(flags.length ? { flags } : {}),
        },
      },
    });
    await tx.pendingCart.update({
      where: { id: cartId },
      data: {
        requestToken: result.requestToken,
        financingUrl: result.href,
        applicationId: application.id,
        answeredAmount: answeredAmount ?? null,
      },
    });
    return application.id;
  });
  return {
    ok: true,
    pendingCartId: cartId,
    applicationId,
    requestToken: result.requestToken,
    financingUrl: result.href,
    merchantTransactionId,
    ...(answeredAmount ? { answeredAmount } : {}),
    flags,
  };
}

type Totals = { subtotal: Decimal; tax: Decimal; shipping: Decimal; total: Decimal };

export function cartTotals(request: Pick<FinancingRequest, "items" | "shippingAmount">): Totals {
  const subtotal = request.items.reduce(
    (sum, item) => sum.plus(new Decimal(item.unitPrice).times(item.quantity)),
    new Decimal(0),
  );
  const tax = request.items.reduce(
    (sum, item) => sum.plus(new Decimal(item.unitTax).times(item.quantity)),
    new Decimal(0),
  );
  const shipping = new Decimal(request.shippingAmount);
  return { subtotal, tax, shipping, total: subtotal.plus(tax).plus(shipping) };
}

function newMerchantTransactionId(): string {
  return `FD-${new Date().toISOString().slice(0, 10).replaceAll("-", "")}-${randomBytes(4).toString("hex").toUpperCase()}`;
}

function wgfBody(
  request: FinancingRequest,
  merchantTransactionId: string,
  totals: Totals,
  postbackUrl: string,
  returnUrls: ReturnUrls = {},
): CreateRequestBody {
  const billing = { ...request.billing, country: "US" };
  const shipping = { ...(request.shipping ?? request.billing), country: "US" };
  return {
    merchant_transaction_id: merchantTransactionId,
    first_name: request.firstName,
    last_name: request.lastName,
    email: request.email,
    phone: request.phone,
    billing_address: billing,
    shipping_address: shipping,
    billing_address1: billing.street1,
    billing_city: billing.city,
    billing_state: billing.state,
    billing_zipcode: billing.zipcode,
    shipping_address1: shipping.street1,
    shipping_city: shipping.city,
    shipping_state: shipping.state,
    shipping_zipcode: shipping.zipcode,
    // What the customer finances: items, their tax and shipping.
    amount: totals.total.toFixed(2),
    shipping_amount: totals.shipping.toFixed(2),
    tax_amount: totals.tax.toFixed(2),
    currency: "USD",
    version: "1.9",
    cart_items: request.items.map((item) => ({
      sku: item.sku,
      display_name: item.displayName,
      unit_price: new Decimal(item.unitPrice).toFixed(2),
      quantity: item.quantity,
      unit_tax: new Decimal(item.unitTax).toFixed(2),
      ...(item.category ? { category: item.category } : {}),
    })),
    postback_url: postbackUrl,
    ...(returnUrls.successUrl ? { success_url: returnUrls.successUrl } : {}),
    ...(returnUrls.failureUrl ? { failure_url: returnUrls.failureUrl } : {}),
  };
}

// WeGetFinancing names fields by its own names in `subjects`: show them next to ours.
const FIELD_BY_SUBJECT: Record<string, string> = {
  merchant_transaction_id: "merchantTransactionId",
  first_name: "firstName",
  last_name: "lastName",
  email: "email",
  phone: "phone",
  billing_address: "billing",
  billing_address1: "billing.street1",
  billing_city: "billing.city",
  billing_state: "billing.state",
  billing_zipcode: "billing.zipcode",
  shipping_address: "shipping",
  shipping_address1: "shipping.street1",
  shipping_city: "shipping.city",
  shipping_state: "shipping.state",
  shipping_zipcode: "shipping.zipcode",
  amount: "items",
  cart_items: "items",
  shipping_amount: "shippingAmount",
};

/** WeGetFinancing's reason codes, in words; an unknown one is shown as it came. */
const REASON_TEXT: Record<string, string> = {
  "invalid-email": "WeGetFinancing did not accept this email address.",
  "invalid-phone": "WeGetFinancing did not accept this phone number.",
  "invalid-zipcode": "WeGetFinancing did not accept this ZIP code.",
  "invalid-state": "WeGetFinancing did not accept this state.",
  "too-short": "WeGetFinancing found this too short.",
  required: "WeGetFinancing needs this field.",
};

function fieldErrorsFrom(reasons: WgfRefusalReason[]): Record<string, string[]> | undefined {
  if (!reasons.length) return undefined;
  const errors: Record<string, string[]> = {};
  for (const { subject, reason } of reasons) {
    const field = FIELD_BY_SUBJECT[subject] ?? FIELD_BY_SUBJECT[subject.replace(/\..*$/, "")] ?? "form";
    const text =
      REASON_TEXT[reason.trim().toLowerCase()] ?? (reason.trim() || `WeGetFinancing did not accept ${subject}.`);
    (errors[field] ??= []).push(text);
  }
  return errors;
}
