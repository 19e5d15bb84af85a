// What staff act on in a dispute (amount, reason, response deadline, outcome, resolution
// note) and where each value came from. A provider event sets a field when the body
// carries it; staff enter or correct it on the dispute's page. The later in time wins:
// an event that happened before a staff edit (a replay, a late retry) leaves it alone.
import type Decimal from "decimal.js";

import { endOfDayExclusiveIn } from "@/lib/search-params/day-range";

export const DISPUTE_FACT_FIELDS = ["amount", "reason", "responseDueAt", "outcome", "resolutionNote"] as const;
export type DisputeFactField = (typeof DISPUTE_FACT_FIELDS)[number];

/** A deadline as a body may give it: a calendar day (due by its end, in APP_TIMEZONE) or an instant. */
export type DisputeDeadline = { day: string } | { at: Date };

/** The facts a provider's dispute event carried (undocumented fields, read when readable). */
export type DisputeFacts = {
  amount?: Decimal;
  reason?: string;
  responseDue?: DisputeDeadline;
  outcome?: string;
};

export type FieldSource = { by: "provider"; at: string; event: string } | { by: "staff"; at: string; actor: string };
export type FieldSources = Partial<Record<DisputeFactField, FieldSource>>;

export type DisputeFactValues = {
  amount?: Decimal | null;
  reason?: string | null;
  responseDueAt?: Date | null;
  outcome?: string | null;
  resolutionNote?: string | null;
};

/** The stored JSON as sources, dropping anything that is not one (it is ours, but a column is a column). */
export function readFieldSources(value: unknown): FieldSources {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const sources: FieldSources = {};
  for (const field of DISPUTE_FACT_FIELDS) {
    const source = (value as Record<string, unknown>)[field] as FieldSource | undefined;
    if (source && (source.by === "provider" || source.by === "staff") && typeof source.at === "string")
      sources[field] = source;
  }
  return sources;
}

/** The last instant of a calendar day in the zone: "due 2026-12-10" means by its end. */
export function endOfDueDay(day: string, timeZone: string): Date {
  return new Date(endOfDayExclusiveIn(day, timeZone).getTime() - 1);
}

/**
 * The fields an event sets and the sources after it: each fact it carries, unless the
 * field was last set by something that happened later than the event.
 */
export function providerFactUpdate(
  facts: DisputeFacts,
  sources: FieldSources,
  event: { type: string; occurredAt: Date; timeZone: string },
): { values: DisputeFactValues; sources: FieldSources } {
  const offered: DisputeFactValues = {
    amount: facts.amount,
    reason: facts.reason,
    responseDueAt: facts.responseDue && deadlineInstant(facts.responseDue, event.timeZone),
    outcome: facts.outcome,
  };
  const values: DisputeFactValues = {};
  const next: FieldSources = { ...sources };
  for (const field of DISPUTE_FACT_FIELDS) {
    const value = offered[field];
    if (value === undefined) continue;
    const current = sources[field];
    if (current && new Date(current.at) > event.occurredAt) continue;
    Object.assign(values, { [field]: value });
    next[field] = { by: "provider", at: event.occurredAt.toISOString(), event: event.type };
  }
  return { values, sources: next };
}

function deadlineInstant(deadline: DisputeDeadline, timeZone: string): Date {
  return "day" in deadline ? endOfDueDay(deadline.day, timeZone) : deadline.at;
}
