// Reads one WGF postback (any of its formats) into the normalised event.
import type Decimal from "decimal.js";

import type { ApplicationStatus } from "@/lib/db/generated/enums";
import type { ApplicationEffect, NormalisedEvent, ParseResult } from "@/lib/ingest/types";

import {
  describeIssue,
  wgfFlatSchema,
  wgfLegacySchema,
  wgfNestedSchema,
  type WgfAmount,
  type WgfPostback,
  type WgfPostbackFormat,
  type WgfStatus,
} from "./postback-schemas";
import { isKnownWgfStatus, normaliseWgfStatus } from "./postback-status";
import { idsIn, readWgfBody, type WgfBody } from "./read-postback-body";

type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

/** A postback before its alias fields are reconciled; keys are WGF field names, first = preferred. */
type Draft = {
  format: WgfPostbackFormat;
  version?: string;
  tokens: Record<string, string | undefined>;
  merchantTransactionIds: Record<string, string | undefined>;
  crlId?: string;
  rawStatus?: string;
  method?: string;
  amounts: Record<string, WgfAmount | undefined>;
};

/** The 0.2/0.3 function of a status postback; any other function is stored and ignored. */
const STATUS_FUNCTION = "transact";

/**
 * WGF bodies carry no event time, so `receivedAt` is the time of the event.
 * Answers ok:false (a 400) only when the body cannot be read as a postback;
 * a readable postback with a status we do not know is ok, with an unknown effect.
 */
export function parseWgfPostback(rawBody: Buffer, contentType: string, receivedAt: Date): ParseResult {
  const read = readWgfBody(rawBody, contentType);
  if (!read.ok) return read;

  const searchIds = idsIn(read.body.kind === "json" ? read.body.value : read.body.fields);
  const ignored = otherFunction(read.body);
  if (ignored !== undefined) return { ok: true, event: ignoredEvent(ignored, searchIds) };
  const draft = toDraft(read.body);
  if (!draft.ok) return { ok: false, error: draft.error, searchIds };
  const postback = reconcile(draft.value);
  if (!postback.ok) return { ok: false, error: postback.error, searchIds };

  return { ok: true, event: toEvent(postback.value, receivedAt) };
}

/**
 * `function=update_customer` (or any function but transact) says nothing about the
 * application: never read its inv_status or method (a `method=void` there must not cancel).
 */
function otherFunction(body: WgfBody): string | undefined {
  const value = body.kind === "form" ? body.fields.function : body.value.function;
  if (typeof value !== "string" || value.trim() === "") return undefined;
  return value.trim().toLowerCase() === STATUS_FUNCTION ? undefined : value.trim();
}

function ignoredEvent(fn: string, searchIds: string[]): NormalisedEvent {
  const safe =
    fn
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, "_")
      .slice(0, 64) || "unknown";
  return {
    eventType: `wgf.postback.function.${safe}`,
    searchIds,
    effect: { kind: "unknown", rawEventType: `function=${fn.slice(0, 64)}` },
  };
}

function toDraft(body: WgfBody): Outcome<Draft> {
  if (body.kind === "form") return fromLegacy(body.fields, "form");
  const value = body.value;
  // The shape, not `version`, decides: senders are not consistent about the version field.
  if (value.updates !== undefined) return fromNested(value);
  if (value.status !== undefined) return fromFlat(value);
  if (value.inv_status !== undefined || value.method !== undefined) return fromLegacy(value, "json-1.0");
  return fail("status is missing (expected status, updates.status or inv_status)");
}

function fromFlat(value: unknown): Outcome<Draft> {
  const parsed = wgfFlatSchema.safeParse(value);
  if (!parsed.success) return fail(describeIssue(parsed.error));
  const body = parsed.data;
  return ok({
    format: "json-1.9-flat",
    ...json19Ids(body),
    rawStatus: body.status,
    amounts: { approved_amount: body.approved_amount, amount: body.amount },
  });
}

function fromNested(value: unknown): Outcome<Draft> {
  const parsed = wgfNestedSchema.safeParse(value);
  if (!parsed.success) return fail(describeIssue(parsed.error));
  const { updates } = parsed.data;
  return ok({
    format: "json-1.9-nested",
    ...json19Ids(parsed.data),
    rawStatus: updates.status,
    amounts: { "updates.amount": updates.amount, "updates.approved_amount": updates.approved_amount },
  });
}

/** What the two 1.9 shapes (flat and nested) carry alike at the top level. */
function json19Ids(body: {
  version: Draft["version"];
  request_token?: string;
  inv_id?: string;
  merchant_transaction_id?: string;
  crl_id?: string;
}): Pick<Draft, "version" | "tokens" | "merchantTransactionIds" | "crlId"> {
  return {
    version: body.version,
    tokens: { request_token: body.request_token, inv_id: body.inv_id },
    merchantTransactionIds: { merchant_transaction_id: body.merchant_transaction_id },
    crlId: body.crl_id,
  };
}

function fromLegacy(value: unknown, format: "json-1.0" | "form"): Outcome<Draft> {
  const parsed = wgfLegacySchema.safeParse(value);
  if (!parsed.success) return fail(describeIssue(parsed.error));
  const body = parsed.data;
  return ok({
    format,
    version: body.version,
    tokens: { inv_id: body.inv_id, request_token: body.request_token },
    merchantTransactionIds: { cust_id_ext: body.cust_id_ext, merchant_transaction_id: body.merchant_transaction_id },
    crlId: body.crl_id,
    rawStatus: body.inv_status ?? body.status,
    method: body.method,
    amounts: { amount: body.amount, approved_amount: body.approved_amount, inv_amount: body.inv_amount },
  });
}

/** Alias fields must agree; a refund must say how much. */
function reconcile(draft: Draft): Outcome<WgfPostback> {
  const token = oneOf(draft.tokens, (a, b) => a === b);
  if (!token.ok) return token;
  if (token.value === undefined) return fail(`${Object.keys(draft.tokens)[0]} is missing`);

  const merchantTransactionId = oneOf(draft.merchantTransactionIds, (a, b) => a === b);
  if (!merchantTransactionId.ok) return merchantTransactionId;

  const amount = oneOf(draft.amounts, (a, b) => a.amount.equals(b.amount));
  if (!amount.ok) return amount;

  const rawStatus = draft.rawStatus ?? draft.method;
  if (rawStatus === undefined) return fail("inv_status is missing");
  const status = normaliseWgfStatus(rawStatus, draft.method);
  if (status === "refund" && amount.value === undefined) {
    return fail(`refund has no amount (expected ${Object.keys(draft.amounts).join(" or ")})`);
  }

  return ok({
    format: draft.format,
    version: draft.version,
    requestToken: token.value,
    invId: draft.tokens.inv_id,
    merchantTransactionId: merchantTransactionId.value,
    crlId: draft.crlId,
    status,
    rawStatus,
    method: draft.method,
    amount: amount.value?.amount,
    amountExact: amount.value?.rounded ? amount.value.exact : undefined,
  });
}

const STATUS: Record<WgfStatus, ApplicationStatus | undefined> = {
  preapproved: "PREQUALIFIED",
  approved: "APPROVED",
  rejected: "DECLINED",
  cancelled: "CANCELLED",
  // A refund follows an approval and changes money, not the application's state.
  refund: undefined,
};

function toEvent(postback: WgfPostback, receivedAt: Date): NormalisedEvent {
  const eventType = `wgf.postback.${postback.status}`;
  const flags = postback.amountExact !== undefined ? ["amount-rounded"] : undefined;
  const common = withoutUndefined({ eventType, dedupeKey: dedupeKey(postback), searchIds: searchIds(postback), flags });
  if (!isKnownWgfStatus(postback.status)) {
    return { ...common, effect: { kind: "unknown", rawEventType: eventType } };
  }

  const effect: ApplicationEffect = {
    kind: "application",
    provider: "WEGETFINANCING",
    externalId: postback.requestToken,
    occurredAt: receivedAt,
    status: STATUS[postback.status],
    amount: postback.amount,
    merchantTransactionId: postback.merchantTransactionId,
    order: orderAction(postback.status, postback.amount),
    data: timelineData(postback),
  };
  return { ...common, effect: withoutUndefined(effect) };
}

function orderAction(status: WgfStatus, amount: Decimal | undefined): ApplicationEffect["order"] {
  if (status === "approved") return { action: "promote" };
  if (status === "cancelled") return { action: "cancel" };
  // reconcile() guarantees a refund has an amount.
  if (status === "refund" && amount) return { action: "refund", amount };
  return undefined;
}

/**
 * wgf:<request_token>:<status>:<refund amount or "-">. WGF retries with the same
 * body, so a retry gets the same key; the key uses no format-specific field, so the
 * same event in flat, nested or form gets the same key too. The amount is part of
 * the key only for refunds, where it tells one refund from another: an approval's
 * amount is in approved_amount (flat) but absent from the nested format, and a
 * token is approved once. Two refunds of the same amount on one token cannot be
 * told apart in WGF's payload (no refund id, no time), so they count as one.
 */
function dedupeKey(postback: WgfPostback): string {
  const amount = postback.status === "refund" && postback.amount ? postback.amount.toFixed(2) : "-";
  return `wgf:${postback.requestToken}:${postback.status}:${amount}`;
}

function searchIds(postback: WgfPostback): string[] {
  const ids = [postback.requestToken, postback.invId, postback.merchantTransactionId, postback.crlId];
  return [...new Set(ids.filter((id): id is string => Boolean(id)))];
}

function timelineData(postback: WgfPostback): Record<string, unknown> {
  return withoutUndefined({
    format: postback.format,
    version: postback.version,
    requestToken: postback.requestToken,
    invId: postback.invId,
    merchantTransactionId: postback.merchantTransactionId,
    crlId: postback.crlId,
    status: postback.status,
    rawStatus: postback.rawStatus,
    method: postback.method,
    amount: postback.amount?.toFixed(2),
    amountExact: postback.amountExact,
  });
}

/** Alias fields: the first present value, if every present value agrees. */
function oneOf<T>(fields: Record<string, T | undefined>, same: (a: T, b: T) => boolean): Outcome<T | undefined> {
  const present = Object.entries(fields).filter((entry): entry is [string, T] => entry[1] !== undefined);
  const [first, ...rest] = present;
  const conflict = rest.find(([, value]) => !same(first![1], value));
  if (conflict) return fail(`${first![0]} and ${conflict[0]} disagree`);
  return ok(first?.[1]);
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}
