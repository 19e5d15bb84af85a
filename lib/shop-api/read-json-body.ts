// The body of a Shop API write: JSON only, at most MAX_BODY_BYTES (read in chunks, so a
// larger body is refused without being held whole), parsed once.
import { isJsonMediaType, mediaType } from "@/lib/providers/shared/media-type";

import { ProblemError } from "./problem";

/** 500 cart items of generous size fit well within this. */
export const MAX_BODY_BYTES = 256 * 1024;

export async function readJsonBody(request: Request): Promise<unknown> {
  if (!isJsonMediaType(mediaType(request.headers.get("content-type"))))
    throw new ProblemError(415, "unsupported-media-type", "Send the body as JSON with Content-Type: application/json.");
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const text = await readBounded(request);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ProblemError(400, "invalid-request", "The body is not valid JSON.");
  }
}

async function readBounded(request: Request): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function tooLarge() {
  return new ProblemError(413, "payload-too-large", `The body must be at most ${MAX_BODY_BYTES / 1024} KiB.`);
}
