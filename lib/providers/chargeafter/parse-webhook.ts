// Reads one ChargeAfter webhook body into the normalised event of lib/ingest/types.
import type { z } from "zod";

import { Provider, type ApplicationStatus, type DisputeStatus } from "@/lib/db/generated/enums";
import type { DisputeFacts } from "@/lib/disputes/dispute-facts";
import type { ApplicationEffect, DisputeEffect, NormalisedEvent, ParseResult } from "@/lib/ingest/types";
import { JSON_MEDIA_TYPE, mediaType } from "@/lib/providers/shared/media-type";

import { canonicalJson, sha256Hex } from "./canonical-json";
import { resolveChargeAfterEventType } from "./event-names";
import {
  applicationEventSchema,
  consumerConfirmationSchema,
  describeIssue,
  disputeEventSchema,
  postSaleEventSchema,
  UNREADABLE,
} from "./event-schemas";
import { collectSearchIds, findId, isRecord } from "./search-ids";

type Body = Record<string, unknown>;

/*
 * Dedupe keys. ChargeAfter sends no event id, so a key is built from what names
 * the event: application and dispute events by name, subject id, lender and
 * createdAt (a retry repeats all four; the lender part keeps per-lender events
 * of one application apart); the consumer confirmation, which has no time, by
 * its confirmation token; post-sale and unknown events, whose fields we cannot
 * rely on, by a hash of the whole body with sorted keys. Keys always use the
 * current event name, so an old-name delivery and a new-name one collide.
 */

/** `receivedAt` is the event time only for the consumer confirmation, which carries none. */
export function parseChargeAfterWebhook(rawBody: Buffer, contentType: string, receivedAt: Date): ParseResult {
  if (mediaType(contentType) !== JSON_MEDIA_TYPE) {
    return { ok: false, error: `content type must be ${JSON_MEDIA_TYPE}, got ${JSON.stringify(contentType)}` };
  }
  const read = readJsonObject(rawBody);
  if (!read.ok) return read;
  const body = read.body;
  const searchIds = collectSearchIds(body);
  const fail = (error: string): ParseResult => ({ ok: false, error, searchIds });

  const received = body.eventType;
  if (received === undefined || received === null) return parseConsumerConfirmation(body, searchIds, receivedAt);
  if (typeof received !== "string") return fail("eventType must be a string");
  if (!received.trim()) return fail("eventType must not be empty");

  const resolved = resolveChargeAfterEventType(received);
  if (!resolved) {
    return ok({
      eventType: received,
      dedupeKey: `ca:${received}:${sha256Hex(canonicalJson(body))}`,
      searchIds,
      effect: { kind: "unknown", rawEventType: received },
    });
  }

  const { eventType, definition } = resolved;
  // The timeline shows the body as received, plus the name it came under when that was an old one.
  const data: Body = eventType === received ? body : { ...body, originalEventType: received };
  const event = { eventType, body, data, searchIds };
  switch (definition.kind) {
    case "application":
      return parseApplicationEvent(event, definition.status);
    case "dispute":
      return parseDisputeEvent(event, definition.status);
    case "post-sale":
      return parsePostSaleEvent(event);
  }
}

type KnownEvent = { eventType: string; body: Body; data: Body; searchIds: string[] };

function parseApplicationEvent(
  { eventType, body, data, searchIds }: KnownEvent,
  status: ApplicationStatus,
): ParseResult {
  const parsed = applicationEventSchema.safeParse(body);
  if (!parsed.success) return { ok: false, error: `${eventType}: ${describeIssue(parsed.error)}`, searchIds };
  const fields = parsed.data;
  const tokens = definedOnly({ accountId: fields.accountId, confirmationToken: fields.token });
  const effect: ApplicationEffect = definedOnly({
    kind: "application" as const,
    provider: Provider.CHARGEAFTER,
    externalId: fields.applicationId,
    occurredAt: fields.createdAt,
    status,
    lenderId: fields.lenderId,
    lenderName: fields.lenderName,
    amount: fields.amount?.amount,
    reason: fields.reason,
    merchantOrderId: fields.merchantOrderId,
    merchantTransactionId: fields.merchantTransactionId,
    tokens: Object.keys(tokens).length > 0 ? tokens : undefined,
    data,
  });
  return ok({
    eventType,
    dedupeKey: subjectKey(eventType, fields.applicationId, fields.lenderId, fields.createdAt),
    searchIds,
    ...(fields.amount?.rounded ? { flags: ["amount-rounded"] } : {}),
    effect,
  });
}

function parseConsumerConfirmation(body: Body, searchIds: string[], receivedAt: Date): ParseResult {
  // Without eventType a body is only readable as the consumer confirmation.
  if (!("confirmationToken" in body) && !("accountToken" in body)) {
    return { ok: false, error: "eventType is missing (and the body is not a consumer confirmation)", searchIds };
  }
  const parsed = consumerConfirmationSchema.safeParse(body);
  if (!parsed.success) return { ok: false, error: `consumer confirmation: ${describeIssue(parsed.error)}`, searchIds };
  const { applicationId, confirmationToken, accountToken, linkId, consumerId } = parsed.data;
  const eventType = "consumer.confirmation";
  return ok({
    eventType,
    dedupeKey: `ca:${eventType}:${applicationId}:${confirmationToken}`,
    searchIds,
    effect: {
      kind: "application",
      provider: Provider.CHARGEAFTER,
      externalId: applicationId,
      occurredAt: receivedAt,
      tokens: definedOnly({ accountToken, confirmationToken, linkId, consumerId }),
      data: body,
    },
  });
}

function parseDisputeEvent({ eventType, body, data, searchIds }: KnownEvent, status: DisputeStatus): ParseResult {
  const parsed = disputeEventSchema.safeParse(body);
  if (!parsed.success) return { ok: false, error: `${eventType}: ${describeIssue(parsed.error)}`, searchIds };
  const fields = parsed.data;
  const { facts, flags } = disputeFacts(fields);
  const effect: DisputeEffect & { facts?: DisputeFacts } = definedOnly({
    kind: "dispute" as const,
    provider: Provider.CHARGEAFTER,
    disputeId: fields.disputeId,
    lenderDisputeId: fields.lenderDisputeId,
    lenderId: fields.lenderId,
    status,
    occurredAt: fields.createdAt,
    applicationExternalId: fields.applicationId,
    facts: Object.keys(facts).length > 0 ? facts : undefined,
    data,
  });
  return ok({
    eventType,
    dedupeKey: subjectKey(eventType, fields.disputeId, fields.lenderId, fields.createdAt),
    searchIds,
    ...(flags.length ? { flags } : {}),
    effect,
  });
}

const FACT_TEXT_MAX = 500;

/** The undocumented facts a dispute body carried; unreadable ones flagged, rounded amounts too. */
function disputeFacts(fields: z.output<typeof disputeEventSchema>): { facts: DisputeFacts; flags: string[] } {
  const amount = fields.amount ?? fields.disputeAmount;
  const responseDue = fields.responseDueDate ?? fields.dueDate;
  const text = (value: string | undefined) => value?.trim().slice(0, FACT_TEXT_MAX);
  const flags = [
    ...(amount === UNREADABLE || responseDue === UNREADABLE ? ["dispute-field-unreadable"] : []),
    ...(amount && amount !== UNREADABLE && amount.rounded ? ["amount-rounded"] : []),
  ];
  const facts = definedOnly({
    amount: amount && amount !== UNREADABLE ? amount.amount : undefined,
    reason: text(fields.reason),
    responseDue: responseDue === UNREADABLE ? undefined : responseDue,
    outcome: text(fields.outcome ?? fields.resolution),
  });
  return { facts, flags };
}

function parsePostSaleEvent({ eventType, body, data, searchIds }: KnownEvent): ParseResult {
  const parsed = postSaleEventSchema.safeParse(body);
  if (!parsed.success) return { ok: false, error: `${eventType}: ${describeIssue(parsed.error)}`, searchIds };
  // Hash the body under its current name, so old- and new-name deliveries share a key.
  const hash = sha256Hex(canonicalJson({ ...body, eventType }));
  return ok({
    eventType,
    dedupeKey: `ca:${eventType}:${hash}`,
    searchIds,
    effect: definedOnly({
      kind: "post-sale" as const,
      provider: Provider.CHARGEAFTER,
      occurredAt: parsed.data.createdAt,
      applicationExternalId: findId(body, "applicationId"),
      chargeId: findId(body, "chargeId"),
      merchantOrderId: findId(body, "merchantOrderId"),
      data,
    }),
  });
}

function readJsonObject(rawBody: Buffer): { ok: true; body: Body } | { ok: false; error: string } {
  if (rawBody.length === 0) return { ok: false, error: "body is empty" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(rawBody);
  } catch {
    return { ok: false, error: "body is not valid UTF-8" };
  }
  if (!text.trim()) return { ok: false, error: "body is empty" };
  // Deeper bodies are refused before parsing: nothing downstream has to walk them.
  if (jsonNestingDepth(text) > MAX_JSON_DEPTH) {
    return { ok: false, error: `body is nested more than ${MAX_JSON_DEPTH} levels deep` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: "body is not valid JSON" };
  }
  if (!isRecord(value))
    return {
      ok: false,
      error: `body must be a JSON object, got ${Array.isArray(value) ? "an array" : jsonType(value)}`,
    };
  return { ok: true, body: value };
}

/** Real ChargeAfter bodies are a few levels deep; this leaves ample room. */
export const MAX_JSON_DEPTH = 400;

/** The deepest [ / { nesting outside strings, in one pass (no recursion). */
function jsonNestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c)
        index++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (char === 0x5d || char === 0x7d) depth--;
  }
  return deepest;
}

function subjectKey(eventType: string, subjectId: string, lenderId: string | undefined, createdAt: Date): string {
  return `ca:${eventType}:${subjectId}:${lenderId ?? "-"}:${createdAt.toISOString()}`;
}

function ok(event: NormalisedEvent): ParseResult {
  return { ok: true, event };
}

/** Drops undefined members, so effects hold only what the body said. */
function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as T;
}

function jsonType(value: unknown): string {
  return value === null ? "null" : typeof value;
}
