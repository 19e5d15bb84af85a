// The one pipeline both receivers use: read the body (bounded), check the content
// type, verify, parse, and store the delivery with its outcome before answering.
// Applying it to the domain happens right after, out of band. Every request is
// stored, wrong methods and aborted bodies included; an unverified body is kept
// only in part (see unverified-body-quota.ts).
import { clientAddress } from "@/lib/auth/client-address";
import type { Provider } from "@/lib/db/generated/enums";
import { mediaType } from "@/lib/providers/shared/media-type";

import { kickDeliveryApplier } from "./apply-pending-deliveries";
import { storeDelivery, type NewDelivery } from "./delivery-writer";
import { maskHeaders } from "./mask-headers";
import { MAX_BODY_BYTES, readLimitedBody, type LimitedBody } from "./read-limited-body";
import type { ProviderAdapter } from "./types";
import { unverifiedBody } from "./unverified-body-quota";

type Outcome = Pick<
  NewDelivery,
  | "verification"
  | "processing"
  | "responseStatus"
  | "processingError"
  | "eventType"
  | "dedupeKey"
  | "searchIds"
  | "flags"
>;

export async function receiveDelivery(request: Request, adapter: ProviderAdapter, endpoint: string): Promise<Response> {
  const receivedAt = new Date();
  const body = await readBody(request);
  const outcome = decide(adapter, request.headers, body, request.headers.get("content-type"), receivedAt);
  return storeAndAnswer(request, adapter, endpoint, receivedAt, body, outcome);
}

/** A receiver's answer to any method but POST: 405 with `Allow: POST`, the request stored as INVALID. */
export async function receiveWrongMethod(
  request: Request,
  adapter: ProviderAdapter,
  endpoint: string,
): Promise<Response> {
  const receivedAt = new Date();
  const body = await readBody(request);
  const method = request.method
    .toUpperCase()
    .replace(/[^A-Z-]/g, "?")
    .slice(0, 20);
  const error = `Method ${method} is not allowed: this endpoint accepts POST only.`;
  const type = mediaType(request.headers.get("content-type"));
  const outcome = refused(adapter, body, type, 405, error);
  return storeAndAnswer(request, adapter, endpoint, receivedAt, body, outcome, { allow: "POST" });
}

async function readBody(request: Request): Promise<LimitedBody> {
  // readLimitedBody returns what arrived on an abort; anything else it throws is just as unreadable.
  return readLimitedBody(request).catch(() => ({
    bytes: Buffer.alloc(0),
    tooLarge: false as const,
    aborted: true as const,
  }));
}

async function storeAndAnswer(
  request: Request,
  adapter: ProviderAdapter,
  endpoint: string,
  receivedAt: Date,
  body: LimitedBody,
  outcome: Outcome,
  extraHeaders: Record<string, string> = {},
): Promise<Response> {
  const remoteAddress = clientAddress(request.headers);
  let rawBody = body.bytes;
  let flags = outcome.flags;
  // Verified deliveries are stored whole; anyone can send an unverified one.
  if (outcome.verification !== "VERIFIED") {
    const kept = await unverifiedBody(remoteAddress, body.bytes, receivedAt);
    rawBody = kept.rawBody;
    flags = [...new Set([...flags, ...kept.flags])];
  }
  const delivery: NewDelivery = {
    provider: adapter.provider as Provider,
    endpoint,
    receivedAt,
    remoteAddress,
    contentType: request.headers.get("content-type"),
    headers: maskHeaders(request.headers, adapter.secretHeaders),
    rawBody,
    bodyBytes: body.tooLarge ? body.seenBytes : body.bytes.length,
    ...outcome,
    flags,
  };

  let stored;
  try {
    stored = await storeDelivery(delivery);
  } catch (error) {
    console.error(`[ingest] could not store a ${adapter.provider} delivery:`, (error as Error).message);
    return Response.json(
      { error: "The delivery could not be stored; please retry." },
      { status: 503, headers: extraHeaders },
    );
  }
  if (outcome.responseStatus === 200) {
    if (outcome.processing === "RECEIVED" && !stored.duplicateOf) void kickDeliveryApplier();
    return Response.json({ received: true, deliveryId: stored.id, duplicate: stored.duplicateOf !== null });
  }
  return Response.json(
    { received: true, deliveryId: stored.id, error: outcome.processingError },
    { status: outcome.responseStatus, headers: extraHeaders },
  );
}

function decide(
  adapter: ProviderAdapter,
  headers: Headers,
  body: LimitedBody,
  contentType: string | null,
  receivedAt: Date,
): Outcome {
  const type = mediaType(contentType);
  if (body.tooLarge) {
    const error = `The body is larger than ${MAX_BODY_BYTES} bytes (${body.seenBytes} bytes or more); only the first part is stored.`;
    return refused(adapter, body, type, 413, error, ["truncated"]);
  }
  if (body.aborted) {
    const error = `The body was aborted after ${body.bytes.length} bytes; what arrived is stored.`;
    return refused(adapter, body, type, 400, error, ["body-aborted"]);
  }
  if (!adapter.contentTypes.includes(type)) {
    const error = `Unsupported content type "${contentType ?? ""}": expected ${adapter.contentTypes.join(" or ")}.`;
    return refused(adapter, body, type, 415, error);
  }
  const verified = adapter.verify({ rawBody: body.bytes, headers, receivedAt });
  if (verified.outcome !== "VERIFIED") {
    const error = `Not verified: ${verified.outcome.toLowerCase().replace("_", " ")}${verified.detail ? ` (${verified.detail})` : ""}.`;
    return { ...refused(adapter, body, type, 401, error), verification: verified.outcome, processing: "REJECTED" };
  }
  const parsed = adapter.parse(body.bytes, type, receivedAt);
  if (!parsed.ok) {
    return {
      ...none(),
      flags: verified.flags ?? [],
      searchIds: parsed.searchIds ?? [],
      verification: "VERIFIED",
      processing: "INVALID",
      responseStatus: 400,
      processingError: parsed.error,
    };
  }
  const { event } = parsed;
  const known = event.effect.kind !== "unknown";
  return {
    verification: "VERIFIED",
    processing: known ? "RECEIVED" : "IGNORED",
    responseStatus: 200,
    processingError: known
      ? null
      : `Unknown event type "${event.eventType}": stored, applied after an upgrade by a replay.`,
    eventType: event.eventType,
    dedupeKey: known ? (event.dedupeKey ?? null) : null,
    searchIds: event.searchIds,
    flags: [...new Set([...(verified.flags ?? []), ...(event.flags ?? [])])],
  };
}

const none = () => ({ eventType: null, dedupeKey: null, searchIds: [] as string[], flags: [] as string[] });

// Refused before or at verification: stored INVALID, with the ids read best-effort
// (for a 413 from the part that was read) and flagged as unverified.
function refused(
  adapter: ProviderAdapter,
  body: LimitedBody,
  type: string,
  status: number,
  error: string,
  flags: string[] = [],
): Outcome {
  // A 415 often carries a readable body under a wrong label: try the types we accept too.
  const types = adapter.contentTypes.includes(type) ? [type] : [type, ...adapter.contentTypes];
  let ids: string[] = [];
  for (const candidate of types) {
    ids = readIdsSafely(adapter, body.bytes, candidate);
    if (ids.length) break;
  }
  return {
    ...none(),
    searchIds: ids,
    flags: ids.length ? [...flags, "unverified-ids"] : flags,
    verification: "NOT_CHECKED",
    processing: "INVALID",
    responseStatus: status,
    processingError: error,
  };
}

// Best effort, verified or not: whatever ids the provider's parser finds, so a refused
// delivery can still be found by its token; a parser that throws costs it nothing.
function readIdsSafely(adapter: ProviderAdapter, bytes: Buffer, type: string): string[] {
  if (bytes.length === 0) return [];
  try {
    const parsed = adapter.parse(bytes, type, new Date());
    return parsed.ok ? parsed.event.searchIds : (parsed.searchIds ?? []);
  } catch {
    return [];
  }
}
