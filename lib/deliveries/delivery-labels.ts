// Words for delivery values, as staff read them in the log and on a delivery's page.
import type { Processing, Provider, Verification } from "@/lib/db/generated/enums";

import type { ProcessingFilter } from "./find-deliveries-schema";

export const providerLabels: Record<Provider, string> = {
  WEGETFINANCING: "WeGetFinancing",
  CHARGEAFTER: "ChargeAfter",
};

export const processingLabels: Record<Processing, { label: string; description: string }> = {
  RECEIVED: { label: "Received", description: "Stored; waiting to be applied (usually within seconds)." },
  APPLIED: { label: "Applied", description: "Applied to applications, orders or disputes." },
  DUPLICATE: { label: "Duplicate", description: "The same event as an earlier delivery: stored, no second effect." },
  IGNORED: {
    label: "Ignored",
    description: "Verified, but an event type we do not know (yet): no effect until a replay after an upgrade.",
  },
  REJECTED: { label: "Rejected", description: "Failed verification (signature or Authorization): no effect." },
  INVALID: { label: "Invalid", description: "The body could not be read as the provider's format." },
  FAILED: { label: "Failed", description: "Applying it raised an error; replay it after a fix." },
};

/** The processing filter's values: each stored state and the retrying ones (find-deliveries-schema.ts). */
export const processingFilterLabels: Record<ProcessingFilter, { label: string; description: string }> = {
  ...processingLabels,
  RETRYING: {
    label: "Retrying",
    description:
      "Received; applying it failed for a transient reason (a deadlock, a lock or statement timeout, the database away), so it is tried again by itself, with backoff, before it is shown as failed.",
  },
};

export const verificationLabels: Record<Verification, { label: string; description: string }> = {
  VERIFIED: { label: "Verified", description: "The signature or Authorization header was right." },
  MISSING: { label: "Missing", description: "No signature or Authorization header was sent." },
  INVALID: { label: "Wrong", description: "The signature or Authorization header was wrong." },
  STALE: { label: "Stale", description: "The x-timestamp was outside the accepted window." },
  NOT_CONFIGURED: {
    label: "Not configured",
    description: "We hold no credentials for this provider, so nothing can be verified.",
  },
  NOT_CHECKED: { label: "Not checked", description: "Refused before verification (size or content type)." },
};

export const statusClassLabels = { "2xx": "2xx success", "4xx": "4xx refused", "5xx": "5xx error" } as const;

/** What each flag means, in words. Unknown flags are shown as they are. */
export const flagDescriptions: Record<string, string> = {
  "no-cart-to-promote": "The approval had no pending cart to turn into an order.",
  "no-matching-application": "The post-sale event names no application we know, so it is on no timeline.",
  truncated:
    "The body was not verified and was over 64 KiB: only its first 64 KiB were stored (Body size is the real size).",
  "body-not-stored-cap":
    "Unverified, and its address had already stored its hourly share of unverified body bytes: only the metadata was kept.",
  "body-aborted": "The sender stopped mid-way; what arrived is stored.",
  "dispute-field-unreadable":
    "The dispute event carried an amount or a response deadline we could not read: it was left out; the body is kept.",
  "unverified-ids": "The ids were read from a body that was not verified: they help finding it, not trusting it.",
};

export function describeFlag(flag: string): string {
  return flagDescriptions[flag] ?? flag;
}
