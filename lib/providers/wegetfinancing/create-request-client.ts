// WeGetFinancing Create Request: POST {base}/merchant/{merchant_id}/requests, HTTP Basic auth.
import type Decimal from "decimal.js";
import { z } from "zod";

import { readProviderAmount } from "@/lib/providers/shared/read-provider-amount";

import type { WgfApiConfig } from "./api-config";

export type CreateRequestBody = {
  merchant_transaction_id: string;
  first_name: string;
  last_name: string;
  email: string;
  phone?: string;
  billing_address: { street1: string; city: string; state: string; zipcode: string; country: string };
  shipping_address: { street1: string; city: string; state: string; zipcode: string; country: string };
  // The integration guide's flat fields, sent too: the two documents disagree on the shape.
  billing_address1: string;
  billing_city: string;
  billing_state: string;
  billing_zipcode: string;
  shipping_address1: string;
  shipping_city: string;
  shipping_state: string;
  shipping_zipcode: string;
  amount: string;
  shipping_amount: string;
  tax_amount: string;
  currency: string;
  version: "1.9";
  /** quantity is an integer: WeGetFinancing's SDK refuses a string. */
  cart_items: {
    sku: string;
    display_name: string;
    unit_price: string;
    quantity: number;
    unit_tax: string;
    category?: string;
  }[];
  postback_url?: string;
  success_url?: string;
  failure_url?: string;
};

/** The customer is sent to href: anything but an https: link (javascript:, data:, http:) is unreadable. */
const httpsUrl = z.string().refine(isHttpsUrl, { message: "not an https: link" });

const successSchema = z
  .object({
    href: httpsUrl,
    request_token: z.string().min(1).optional(),
    inv_id: z.union([z.string().min(1), z.number()]).optional(),
    amount: z.union([z.string(), z.number()]).nullish(),
  })
  .refine((body) => body.request_token ?? body.inv_id, { message: "neither request_token nor inv_id" });

/**
 * WeGetFinancing's refusal: `{error: "invalid_parameters", message, type: "error", stamp,
 * subjects: ["email"], reasons: {email: "invalid-email"}}`. `reasons` is an object by
 * subject in real answers; a list (same order as subjects) is read too.
 */
const errorSchema = z.object({
  type: z.literal("error"),
  error: z.string().optional(),
  code: z.union([z.string(), z.number()]).optional(),
  message: z.string().optional(),
  stamp: z.string().optional(),
  subjects: z.array(z.string()).optional(),
  reasons: z.union([z.array(z.string()), z.record(z.string(), z.union([z.string(), z.array(z.string())]))]).optional(),
});

/** One refusal reason, for one WeGetFinancing field name (a subject). */
export type WgfRefusalReason = { subject: string; reason: string };

export type CreateRequestResult =
  /** amount: what WeGetFinancing says it finances (its own sum; may differ from ours). */
  | { ok: true; href: string; requestToken: string; amount?: Decimal }
  /** WeGetFinancing refused the request: nothing was created on their side. */
  | { ok: false; kind: "refused"; message: string; reasons: WgfRefusalReason[] }
  /** We do not know whether it was created (network, timeout, 5xx, unreadable answer). */
  | { ok: false; kind: "unavailable"; message: string };

export async function createWgfRequest(
  config: WgfApiConfig,
  body: CreateRequestBody,
  options: { fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<CreateRequestResult> {
  const url = `${config.baseUrl}/merchant/${encodeURIComponent(config.merchantId)}/requests`;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        authorization: `Basic ${Buffer.from(`${config.username}:${config.password}`).toString("base64")}`,
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
  } catch (error) {
    const timedOut = (error as Error).name === "TimeoutError";
    return {
      ok: false,
      kind: "unavailable",
      message: timedOut ? "WeGetFinancing did not answer in time." : "WeGetFinancing could not be reached.",
    };
  }

  const json: unknown = await response.json().catch(() => undefined);
  if (response.ok) return readSuccess(json);
  if (response.status === 401 || response.status === 403) {
    return {
      ok: false,
      kind: "refused",
      message: "WeGetFinancing did not accept our credentials (WGF_MERCHANT_ID, WGF_USERNAME, WGF_PASSWORD).",
      reasons: [],
    };
  }
  const refused = errorSchema.safeParse(json);
  if (response.status >= 400 && response.status < 500 && refused.success) {
    const { message, error } = refused.data;
    return {
      ok: false,
      kind: "refused",
      message: message ?? `WeGetFinancing refused the request (${error ?? response.status}).`,
      reasons: refusalReasons(refused.data),
    };
  }
  return {
    ok: false,
    kind: "unavailable",
    message: `WeGetFinancing answered ${response.status}; the request may or may not exist.`,
  };
}

function readSuccess(json: unknown): CreateRequestResult {
  const parsed = successSchema.safeParse(json);
  if (!parsed.success) {
    const hrefIssue = parsed.error.issues.some((issue) => issue.path[0] === "href");
    return {
      ok: false,
      kind: "unavailable",
      message: hrefIssue
        ? "WeGetFinancing answered with a financing link that is not an https: address; it was not kept or offered."
        : "WeGetFinancing answered, but not with a financing link.",
    };
  }
  const { href, request_token, inv_id, amount } = parsed.data;
  let answered: Decimal | undefined;
  if (amount !== undefined && amount !== null && amount !== "") {
    const read = readProviderAmount(amount);
    if (!read.ok)
      return {
        ok: false,
        kind: "unavailable",
        message: `WeGetFinancing answered with a financing link, but its amount ${read.error}.`,
      };
    answered = read.amount;
  }
  return { ok: true, href, requestToken: request_token ?? String(inv_id), ...(answered ? { amount: answered } : {}) };
}

function refusalReasons(body: z.infer<typeof errorSchema>): WgfRefusalReason[] {
  const subjects = body.subjects ?? [];
  const reasons = body.reasons;
  if (reasons === undefined) return subjects.map((subject) => ({ subject, reason: "" }));
  if (Array.isArray(reasons))
    return subjects.map((subject, i) => ({ subject, reason: reasons[i] ?? reasons[0] ?? "" }));
  const bySubject = Object.entries(reasons).flatMap(([subject, reason]) =>
    (Array.isArray(reason) ? reason : [reason]).map((text) => ({ subject, reason: text })),
  );
  const unexplained = subjects.filter((subject) => !(subject in reasons)).map((subject) => ({ subject, reason: "" }));
  return [...bySubject, ...unexplained];
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}
