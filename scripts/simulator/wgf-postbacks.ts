// WeGetFinancing postback bodies in each format PROVIDERS.md lists: JSON 1.9 flat
// (integration guide) and nested (postback reference), legacy JSON 1.0, and the
// URL-encoded 0.3 form.
import type { Delivery, SigningPair } from "./deliveries";
import { centsText } from "./people";

export type WgfFormat = "json-1.9-flat" | "json-1.9-nested" | "json-1.0" | "form";
export type WgfStatus = "preapproved" | "approved" | "rejected" | "cancelled" | "refund";

export type WgfPostbackFacts = {
  requestToken: string;
  merchantTransactionId: string;
  status: WgfStatus;
  /** Approved amount, or the refunded amount (required for refunds). */
  amountCents?: number;
  crlId?: string;
};

/** Legacy inv_status spellings; the form has only Auth/AuthOnly documented, plus method=void. */
const LEGACY_STATUS: Record<WgfStatus, string> = {
  preapproved: "AuthOnly",
  approved: "Auth",
  rejected: "Declined",
  cancelled: "Cancelled",
  refund: "Refund",
};

export function wgfPostbackBody(format: WgfFormat, facts: WgfPostbackFacts): { body: string; contentType: string } {
  const amount = facts.amountCents === undefined ? undefined : centsText(facts.amountCents);
  switch (format) {
    case "json-1.9-flat": {
      const body: Record<string, unknown> = { version: "1.9", request_token: facts.requestToken, status: facts.status };
      // The docs' rejected and refund examples leave merchant_transaction_id out.
      if (facts.status !== "rejected" && facts.status !== "refund")
        body.merchant_transaction_id = facts.merchantTransactionId;
      if (facts.status === "approved" && amount) body.approved_amount = amount;
      if (facts.status === "refund") body.amount = amount;
      return json(body);
    }
    case "json-1.9-nested": {
      const updates: Record<string, unknown> = { status: facts.status };
      if (facts.status === "refund") updates.amount = amount;
      return json({
        version: "1.9",
        request_token: facts.requestToken,
        merchant_transaction_id: facts.merchantTransactionId,
        updates,
      });
    }
    case "json-1.0": {
      const body: Record<string, unknown> = {
        version: "1.0",
        inv_id: facts.requestToken,
        inv_status: LEGACY_STATUS[facts.status],
        cust_id_ext: facts.merchantTransactionId,
      };
      if (facts.status === "refund" || (facts.status === "approved" && amount)) body.amount = amount;
      return json(body);
    }
    case "form": {
      const cancel = facts.status === "cancelled";
      const fields: [string, string][] = [
        ["function", "transact"],
        ["crl_id", facts.crlId ?? `crl_${facts.requestToken.slice(0, 8)}`],
        ["cust_id_ext", facts.merchantTransactionId],
        ["inv_id", facts.requestToken],
        ["inv_status", cancel ? "Auth" : LEGACY_STATUS[facts.status]],
        ["version", "0.3"],
        ["method", cancel ? "void" : "purchase"],
      ];
      if (facts.status === "refund") fields.push(["amount", amount!]);
      return { body: new URLSearchParams(fields).toString(), contentType: "application/x-www-form-urlencoded" };
    }
  }
}

export function wgfDelivery(format: WgfFormat, facts: WgfPostbackFacts, credentials: SigningPair): Delivery {
  const { body, contentType } = wgfPostbackBody(format, facts);
  return {
    provider: "WEGETFINANCING",
    label: `wgf ${facts.status} (${format})`,
    body,
    contentType,
    auth: { kind: "wgf", credentials },
    expect: { status: 200, duplicate: false },
  };
}

function json(body: Record<string, unknown>) {
  return { body: JSON.stringify(body), contentType: "application/json" };
}
