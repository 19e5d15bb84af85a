// The event type a refused or unreadable delivery claims to be, read best-effort from
// its stored body at read time (nothing is added to the receiver's hot path). Never
// trusted: the page shows it marked "unverified". Bodies over CLAIMED_BODY_MAX are not read.
import type { Provider } from "@/lib/db/generated/enums";
import { adapterFor } from "@/lib/ingest/adapters";
import { mediaType } from "@/lib/providers/shared/media-type";

/** Unverified bodies are stored up to 64 KiB; reading more would be reading for a stranger. */
export const CLAIMED_BODY_MAX = 64 * 1024;
const SHOWN_MAX = 100;

export type ClaimedBody = { provider: Provider; contentType: string | null; rawBody: Uint8Array };

/** True for the deliveries whose event type is worth reading from the body. */
export function hasClaimedEventType(delivery: { eventType: string | null; processing: string }): boolean {
  return delivery.eventType === null && (delivery.processing === "REJECTED" || delivery.processing === "INVALID");
}

export function claimedEventType(delivery: ClaimedBody): string | null {
  const { rawBody } = delivery;
  if (rawBody.byteLength === 0 || rawBody.byteLength > CLAIMED_BODY_MAX) return null;
  const bytes = Buffer.from(rawBody);
  const adapter = adapterFor(delivery.provider);
  for (const type of new Set([mediaType(delivery.contentType), ...adapter.contentTypes])) {
    try {
      const parsed = adapter.parse(bytes, type, new Date(0));
      if (parsed.ok) return shown(parsed.event.eventType);
    } catch {
      // a body that makes the parser throw claims nothing
    }
  }
  return jsonEventType(bytes);
}

/** A JSON object's own `eventType` string, when the parser refused the rest of the body. */
function jsonEventType(bytes: Buffer): string | null {
  try {
    const value: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    if (value && typeof value === "object" && !Array.isArray(value)) {
      const eventType = (value as Record<string, unknown>).eventType;
      if (typeof eventType === "string") return shown(eventType);
    }
  } catch {
    // not JSON: nothing claimed
  }
  return null;
}

/** Printable, trimmed, short: it is a stranger's text. */
function shown(text: string): string | null {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return clean ? clean.slice(0, SHOWN_MAX) : null;
}
