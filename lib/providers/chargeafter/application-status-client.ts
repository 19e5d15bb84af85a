// ChargeAfter's view of one application: GET {base}/v2/checkout/applications/{id}/status
// with the merchant's private key. Amounts here are display data (nothing is applied from
// them), so they become exact decimals at once whatever their scale (periodicPayment
// 41.6666 is shown, never refused); APRs stay decimal strings. Failures become an ApplicationStatusError worded for the support person who
// pressed "Refresh"; it never contains the key. Server only.
import Decimal from "decimal.js";
import { z } from "zod";

import { describeIssues } from "@/lib/providers/shared/describe-issues";
import { plainDecimalText } from "@/lib/providers/shared/exact-money";

import { findId } from "./search-ids";

export const KNOWN_APPLICATION_STATUSES = [
  "Prequalified",
  "PendingConsumer",
  "PendingLender",
  "Approved",
  "Authorized",
  "Declined",
] as const;
export type KnownApplicationStatus = (typeof KNOWN_APPLICATION_STATUSES)[number];

/** A JSON number or numeric string as its exact decimal text, or null after adding an issue. */
function decimalText(value: number | string, ctx: z.RefinementCtx): string | null {
  const text = plainDecimalText(value);
  if (text !== undefined) return text;
  return issue(
    ctx,
    typeof value === "number"
      ? `${String(value)} is not a plain decimal number`
      : `"${value.trim()}" is not a plain decimal number`,
  );
}

function issue(ctx: z.RefinementCtx, message: string): null {
  ctx.addIssue({ code: "custom", message });
  return null;
}

const numberLike = z.union([z.number(), z.string()], { error: "must be a number" });

/** Display money: exact, any number of decimal places (never rounded, never refused for its scale). */
const money = numberLike.transform((value, ctx) => {
  const text = decimalText(value, ctx);
  if (text === null) return z.NEVER;
  return new Decimal(text);
});

/** A rate such as 29.99 or 9.875: kept as its decimal text. */
const rate = numberLike.transform((value, ctx) => decimalText(value, ctx) ?? z.NEVER);

const text = z.string({ error: "must be text" }).max(500, { error: "is longer than 500 characters" });
const opt = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

export const applicationStatusResponseSchema = z.object({
  /** One of KNOWN_APPLICATION_STATUSES, or a newer value we do not know yet (shown as it is). */
  applicationStatus: opt(text),
  account: opt(
    z.object({
      lenderName: opt(text),
      lenderId: opt(text),
      creditInfo: opt(z.object({ maxAmount: opt(money), availableCredit: opt(money) })),
    }),
  ),
  confirmedOffer: opt(
    z.object({
      code: opt(text),
      financialProductType: opt(text),
      amount: opt(money),
      defaultApr: opt(rate),
      promoSettings: opt(
        z.object({
          numberOfPeriods: opt(
            z.number({ error: "must be a number" }).int({ error: "must be a whole number" }).nonnegative(),
          ),
          periodicPayment: opt(money),
          periodType: opt(text),
          apr: opt(rate),
        }),
      ),
    }),
  ),
  confirmationToken: opt(text),
  accountToken: opt(text),
  consumerId: opt(text),
  linkId: opt(text),
  /** Deprecated by ChargeAfter; shown when sent. */
  sessionStatus: opt(text),
});

export type ApplicationStatusResponse = z.output<typeof applicationStatusResponseSchema>;

export function isKnownApplicationStatus(value: string | null): value is KnownApplicationStatus {
  return (KNOWN_APPLICATION_STATUSES as readonly (string | null)[]).includes(value);
}

/** Reads a body as the status response: the parsed value, or why it is not one. */
export function parseApplicationStatusResponse(
  body: unknown,
): { ok: true; value: ApplicationStatusResponse } | { ok: false; reasons: string[] } {
  if (!body || typeof body !== "object" || Array.isArray(body))
    return { ok: false, reasons: ["the answer is not a JSON object"] };
  const parsed = applicationStatusResponseSchema.safeParse(body);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, reasons: describeIssues(parsed.error, { root: "body" }) };
}

export type ApplicationStatusErrorKind =
  "unauthorized" | "not-found" | "server-error" | "timeout" | "unreachable" | "malformed" | "refused";

export class ApplicationStatusError extends Error {
  readonly kind: ApplicationStatusErrorKind;
  readonly status: number | null;
  constructor(
    kind: ApplicationStatusErrorKind,
    message: string,
    options: { status?: number | null; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "ApplicationStatusError";
    this.kind = kind;
    this.status = options.status ?? null;
  }
}

export type FetchApplicationStatusOptions = {
  /** ChargeAfter's applicationId (our Application.externalId). */
  applicationId: string;
  baseUrl: string;
  privateKey: string;
  fetch?: typeof fetch;
  /** The whole request; default 10 s (someone is waiting at the screen). */
  timeoutMs?: number;
  signal?: AbortSignal;
};

export type ApplicationStatusResult = {
  status: ApplicationStatusResponse;
  /** The body exactly as ChargeAfter sent it (parsed JSON), for the record. */
  raw: Record<string, unknown>;
};

export function applicationStatusUrl(baseUrl: string, applicationId: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/v2/checkout/applications/${encodeURIComponent(applicationId)}/status`;
}

export async function fetchApplicationStatus(options: FetchApplicationStatusOptions): Promise<ApplicationStatusResult> {
  const url = applicationStatusUrl(options.baseUrl, options.applicationId);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  let body: string;
  try {
    response = await doFetch(url, {
      headers: { authorization: `Bearer ${options.privateKey}`, accept: "application/json" },
      signal,
    });
    body = await response.text();
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (timeout.aborted) {
      throw new ApplicationStatusError(
        "timeout",
        `ChargeAfter did not answer within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} seconds` : `${timeoutMs} ms`}. Try again in a moment.`,
        { cause: error },
      );
    }
    throw new ApplicationStatusError(
      "unreachable",
      `Could not reach ChargeAfter at ${new URL(url).origin} (${describeNetworkError(error)}). Try again later.`,
      { cause: error },
    );
  }
  if (!response.ok) throw statusError(response.status, body, options.applicationId);

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new ApplicationStatusError(
      "malformed",
      "ChargeAfter answered with something that is not JSON. Try again later; if it persists, contact ChargeAfter.",
      {
        status: response.status,
      },
    );
  }
  const parsed = parseApplicationStatusResponse(json);
  if (!parsed.ok) {
    throw new ApplicationStatusError(
      "malformed",
      `ChargeAfter's answer could not be read: ${parsed.reasons.slice(0, 5).join("; ")}.`,
      { status: response.status },
    );
  }
  return { status: parsed.value, raw: json as Record<string, unknown> };
}

function statusError(status: number, body: string, applicationId: string): ApplicationStatusError {
  const requestId = readRequestId(body);
  const ref = requestId ? ` (request id ${requestId})` : "";
  if (status === 401 || status === 403) {
    return new ApplicationStatusError(
      "unauthorized",
      `ChargeAfter did not accept the API key (CHARGEAFTER_PRIVATE_KEY): HTTP ${status}${ref}. Check that it is the merchant's private key for this environment (sandbox or production).`,
      { status },
    );
  }
  if (status === 404) {
    return new ApplicationStatusError(
      "not-found",
      `ChargeAfter does not know application ${applicationId} (HTTP 404)${ref}. It may belong to the other environment (sandbox or production).`,
      {
        status,
      },
    );
  }
  if (status >= 500)
    return new ApplicationStatusError(
      "server-error",
      `ChargeAfter had a server error (HTTP ${status})${ref}. Try again later.`,
      { status },
    );
  return new ApplicationStatusError("refused", `ChargeAfter refused the status request (HTTP ${status})${ref}.`, {
    status,
  });
}

function readRequestId(body: string): string | null {
  try {
    const value = (JSON.parse(body) as { requestId?: unknown }).requestId;
    return typeof value === "string" && value.length <= 100 ? value : null;
  } catch {
    return null;
  }
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  if (cause?.code) return cause.code;
  return (error as Error).message ?? String(error);
}

/** The order ids a status answer may carry though the documented answer names none (merchantOrderId, chargeId). */
export function orderLinkIds(raw: Record<string, unknown>): {
  merchantOrderId: string | undefined;
  chargeId: string | undefined;
} {
  return { merchantOrderId: findId(raw, "merchantOrderId"), chargeId: findId(raw, "chargeId") };
}
