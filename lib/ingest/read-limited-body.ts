// Reads a request body up to a limit without buffering more than limit + 1 bytes.
// A body whose sender goes away mid-way is not an error: what arrived is returned,
// marked aborted, so the receiver can still store it as evidence.
export const MAX_BODY_BYTES = 1024 * 1024;
/** What is read of a body whose declared length is already over the limit (as much as an unverified body keeps). */
export const DECLARED_TOO_LARGE_PREFIX_BYTES = 64 * 1024;

export type LimitedBody =
  { bytes: Buffer; tooLarge: false; aborted?: true } | { bytes: Buffer; tooLarge: true; seenBytes: number };

export async function readLimitedBody(request: Request, limit = MAX_BODY_BYTES): Promise<LimitedBody> {
  const declared = Number(request.headers.get("content-length"));
  if (request.headers.has("content-length") && Number.isFinite(declared) && declared > limit) {
    // Refused unread past a small prefix: enough to keep as evidence and read ids from.
    const prefix = await readPrefix(request, Math.min(limit, DECLARED_TOO_LARGE_PREFIX_BYTES));
    return { bytes: prefix, tooLarge: true, seenBytes: declared };
  }
  if (!request.body) return { bytes: Buffer.alloc(0), tooLarge: false };
  // Read chunk by chunk (not arrayBuffer()) so the part that arrived survives an abort.
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      return { bytes: Buffer.concat(chunks, size), tooLarge: false, aborted: true };
    }
    const { done, value } = chunk;
    if (done) break;
    if (size + value.byteLength > limit) {
      // Keep the first `limit` bytes (ids can still be read from them), however large the chunk.
      chunks.push(Buffer.from(value.buffer, value.byteOffset, limit - size));
      await reader.cancel().catch(() => {});
      return { bytes: Buffer.concat(chunks, limit), tooLarge: true, seenBytes: size + value.byteLength };
    }
    size += value.byteLength;
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return { bytes: Buffer.concat(chunks, size), tooLarge: false };
}

async function readPrefix(request: Request, max: number): Promise<Buffer> {
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    while (size < max) {
      const { done, value } = await reader.read();
      if (done) break;
      const part = Buffer.from(value.buffer, value.byteOffset, Math.min(value.byteLength, max - size));
      chunks.push(part);
      size += part.length;
    }
  } catch {
    // An aborted prefix is still a prefix.
  }
  await reader.cancel().catch(() => {});
  return Buffer.concat(chunks, size);
}
