// WGF status words, old and new, read as one of the five documented statuses.
import { WGF_STATUSES, type WgfStatus } from "./postback-schemas";

/**
 * Keys are lower case with spaces, "-" and "_" removed. Besides the five 1.9 values:
 * Auth / AuthOnly are the documented 0.2/0.3 inv_status values; the others are the
 * same outcomes as spelled by legacy senders (past tense, US "canceled", a void).
 */
const ALIASES: Record<string, WgfStatus> = {
  approved: "approved",
  auth: "approved",
  preapproved: "preapproved",
  authonly: "preapproved",
  rejected: "rejected",
  declined: "rejected",
  cancelled: "cancelled",
  canceled: "cancelled",
  void: "cancelled",
  voided: "cancelled",
  refund: "refund",
  refunded: "refund",
};

export function isKnownWgfStatus(status: string): status is WgfStatus {
  return (WGF_STATUSES as readonly string[]).includes(status);
}

/**
 * The status a postback asserts. `method=void` (0.2/0.3) cancels whatever the
 * invoice status was. An unknown value comes back lower-cased and made safe to put
 * in an event type ("wgf.postback.<status>").
 */
export function normaliseWgfStatus(raw: string, method?: string): string {
  if (method?.trim().toLowerCase() === "void") return "cancelled";
  const key = raw
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
  return ALIASES[key] ?? unknownStatus(raw);
}

function unknownStatus(raw: string): string {
  const safe = raw
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "_")
    .slice(0, 64);
  return safe || "unknown";
}
