// The one pipeline both receivers use: read the body (bounded), check the content
// type, verify, parse, and store the delivery whole with its outcome before
// answering. Applying it to the domain happens right after, out of band.
import type { Provider } from "../db/generated/enums";
import { clientAddress } from "../auth/client-address";
import { mediaType } from "./apply-delivery";
import { kickDeliveryApplier } from "./apply-pending-deliveries";
import { storeDelivery, type NewDelivery } from "./delivery-writer";
import { maskHeaders } from "./mask-headers";
import { MAX_BODY_BYTES, readLimitedBody } from "./read-limited-body";
import type { ProviderAdapter } from "./types";

type Outcome = Pick<NewDelivery, "verification" | "processing" | "responseStatus" | "processingError" | "eventType" | "dedupeKey" | "searchIds" | "flags">;

export async function receiveDelivery(request: Request, adapter: ProviderAdapter, endpoint: string): Promise<Response> {
  const receivedAt = new Date();
  const body = await readLimitedBody(request).catch(() => null);
  if (!body) return Response.json({ error: "The request body could not be read." }, { status: 400 });
  const contentType = request.headers.get("content-type");
  const outcome = decide(adapter, request.headers, body, contentType, receivedAt);

  const delivery: NewDelivery = {
    provider: adapter.provider as Provider,
    endpoint,
    receivedAt,
    remoteAddress: clientAddress(request.headers),
    contentType,
    headers: maskHeaders(request.headers, adapter.secretHeaders),
    rawBody: body.bytes,
    bodyBytes: body.tooLarge ? body.seenBytes : body.bytes.length,
    ...outcome,
  };

  let stored;
  try {
    stored = await storeDelivery(delivery);
  } catch (error) {
    console.error(`[ingest] could not store a ${adapter.provider} delivery:`, (error as Error).message);
    return Response.json({ error: "The delivery could not be stored; please retry." }, { status: 503 });
  }
  if (outcome.responseStatus === 200) {
    if (outcome.processing === "RECEIVED" && !stored.duplicateOf) void kickDeliveryApplier();
    return Response.json({ received: true, deliveryId: stored.id, duplicate: stored.duplicateOf !== null });
  }
  return Response.json({ received: true, deliveryId: stored.id, error: outcome.processingError }, { status: outcome.responseStatus });
}

function decide(
  adapter: ProviderAdapter,
  headers: Headers,
  body: Awaited<ReturnType<typeof readLimitedBody>>,
  contentType: string | null,
  receivedAt: Date,
): Outcome {
  const none = { eventType: null, dedupeKey: null, searchIds: [] as string[], flags: [] as string[] };
  if (body.tooLarge) {
    const error = `The body is larger than ${MAX_BODY_BYTES} bytes (${body.seenBytes} bytes or more); only the first part is stored.`;
    return { ...none, verification: "NOT_CHECKED", processing: "INVALID", responseStatus: 413, processingError: error, flags: ["truncated"] };
  }
  const type = mediaType(contentType);
  if (!adapter.contentTypes.includes(type)) {
    const error = `Unsupported content type "${contentType ?? ""}": expected ${adapter.contentTypes.join(" or ")}.`;
    return { ...none, verification: "NOT_CHECKED", processing: "INVALID", responseStatus: 415, processingError: error };
  }
  const verified = adapter.verify({ rawBody: body.bytes, headers, receivedAt });
  if (verified.outcome !== "VERIFIED") {
    const error = `Not verified: ${verified.outcome.toLowerCase().replace("_", " ")}${verified.detail ? ` (${verified.detail})` : ""}.`;
    const ids = readIdsSafely(adapter, body.bytes, type);
    const flags = ids.length ? ["unverified-ids"] : [];
    return { ...none, searchIds: ids, flags, verification: verified.outcome, processing: "REJECTED", responseStatus: 401, processingError: error };
  }
  const parsed = adapter.parse(body.bytes, type, receivedAt);
  if (!parsed.ok) {
    return { ...none, flags: verified.flags ?? [], searchIds: parsed.searchIds ?? [], verification: "VERIFIED", processing: "INVALID", responseStatus: 400, processingError: parsed.error };
  }
  const { event } = parsed;
  const known = event.effect.kind !== "unknown";
  return {
    verification: "VERIFIED",
    processing: known ? "RECEIVED" : "IGNORED",
    responseStatus: 200,
    processingError: known ? null : `Unknown event type "${event.eventType}": stored, applied after an upgrade by a replay.`,
    eventType: event.eventType,
    dedupeKey: known ? (event.dedupeKey ?? null) : null,
    searchIds: event.searchIds,
    flags: [...new Set([...(verified.flags ?? []), ...(event.flags ?? [])])],
  };
}

// readIds is best effort by contract; a throwing one must still not cost the delivery its place.
function readIdsSafely(adapter: ProviderAdapter, bytes: Buffer, type: string): string[] {
  try {
    return adapter.readIds?.(bytes, type) ?? [];
  } catch {
    return [];
  }
}
