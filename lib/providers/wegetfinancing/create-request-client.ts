// WeGetFinancing Create Request: POST {base}/merchant/{merchant_id}/requests, HTTP Basic auth.
import { z } from "zod";
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
  cart_items: { sku: string; display_name: string; unit_price: string; quantity: string; unit_tax: string; category?: string }[];
  postback_url?: string;
  success_url?: string;
  failure_url?: string;
};

const successSchema = z
  .object({ href: z.url(), request_token: z.string().min(1).optional(), inv_id: z.string().min(1).optional(), amount: z.unknown().optional() })
  .refine((body) => body.request_token ?? body.inv_id, { message: "neither request_token nor inv_id" });

const errorSchema = z.object({
  type: z.literal("error"),
  error: z.string().optional(),
  code: z.union([z.string(), z.number()]).optional(),
  message: z.string().optional(),
  subjects: z.array(z.string()).optional(),
  reasons: z.array(z.string()).optional(),
});

export type CreateRequestResult =
  | { ok: true; href: string; requestToken: string }
  /** WeGetFinancing refused the request: nothing was created on their side. */
  | { ok: false; kind: "refused"; message: string; subjects: string[]; reasons: string[] }
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
    return { ok: false, kind: "unavailable", message: timedOut ? "WeGetFinancing did not answer in time." : "WeGetFinancing could not be reached." };
  }

  const json: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    const parsed = successSchema.safeParse(json);
    if (!parsed.success) return { ok: false, kind: "unavailable", message: "WeGetFinancing answered, but not with a financing link." };
    return { ok: true, href: parsed.data.href, requestToken: (parsed.data.request_token ?? parsed.data.inv_id)! };
  }
  const refused = errorSchema.safeParse(json);
  if (response.status === 401 || response.status === 403) {
    return { ok: false, kind: "refused", message: "WeGetFinancing did not accept our credentials (WGF_MERCHANT_ID, WGF_USERNAME, WGF_PASSWORD).", subjects: [], reasons: [] };
  }
  if (response.status >= 400 && response.status < 500 && refused.success) {
    const { message, error, subjects = [], reasons = [] } = refused.data;
    return { ok: false, kind: "refused", message: message ?? `WeGetFinancing refused the request (${error ?? response.status}).`, subjects, reasons };
  }
  return { ok: false, kind: "unavailable", message: `WeGetFinancing answered ${response.status}; the request may or may not exist.` };
}
