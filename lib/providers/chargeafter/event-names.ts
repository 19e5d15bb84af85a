// ChargeAfter event names: what each current name means, and the old names
// (renamed or deprecated) that still arrive and are read as the current ones.
import type { ApplicationStatus, DisputeStatus } from "@/lib/db/generated/enums";

export type ChargeAfterEventDefinition =
  | { kind: "application"; status: ApplicationStatus }
  | { kind: "dispute"; status: DisputeStatus }
  | { kind: "post-sale" };

const definitions = new Map<string, ChargeAfterEventDefinition>([
  ["application.created", { kind: "application", status: "CREATED" }],
  ["application.prequalified", { kind: "application", status: "PREQUALIFIED" }],
  ["application.approved", { kind: "application", status: "APPROVED" }],
  ["application.pending-lender", { kind: "application", status: "PENDING" }],
  ["application.pending-consumer", { kind: "application", status: "PENDING" }],
  ["application.pending-merchant", { kind: "application", status: "PENDING" }],
  ["application.declined", { kind: "application", status: "DECLINED" }],
  ["application.cancelled", { kind: "application", status: "CANCELLED" }],
  ["application.checkout-confirmed", { kind: "application", status: "CONFIRMED" }],
  ["disputes.created", { kind: "dispute", status: "OPEN" }],
  ["disputes.lender.updated", { kind: "dispute", status: "LENDER_UPDATED" }],
  ["disputes.resolved", { kind: "dispute", status: "RESOLVED" }],
  ["postsale.authorize.accepted", { kind: "post-sale" }],
  ["postsale.settle.accepted", { kind: "post-sale" }],
  ["postsale.refund.accepted", { kind: "post-sale" }],
]);

/** Old name → current name. */
const oldNames = new Map<string, string>([
  ["account.approved", "application.approved"],
  ["account.prequalified", "application.prequalified"],
  ["account.pending-lender", "application.pending-lender"],
  ["account.pending-consumer", "application.pending-consumer"],
  ["account.declined", "application.declined"],
  ["postsale.authorize", "postsale.authorize.accepted"],
  ["postsale.settle", "postsale.settle.accepted"],
  ["postsale.refund", "postsale.refund.accepted"],
  // Deprecated; it confirms the application just as checkout-confirmed does.
  ["application.apply-confirmed", "application.checkout-confirmed"],
]);

export type ResolvedEventName = { eventType: string; definition: ChargeAfterEventDefinition };

/**
 * The current name and meaning of a received event name, or undefined when we
 * do not know it. Names are documented lower-case: exact match after trimming
 * first, then case-insensitively as a fallback.
 */
export function resolveChargeAfterEventType(received: string): ResolvedEventName | undefined {
  const name = received.trim();
  return lookup(name) ?? lookup(name.toLowerCase());
}

function lookup(name: string): ResolvedEventName | undefined {
  const eventType = oldNames.get(name) ?? name;
  const definition = definitions.get(eventType);
  return definition ? { eventType, definition } : undefined;
}
