// Reads a request body up to a limit without buffering more than limit + 1 bytes.
// A body whose sender goes away mid-way is not an error: what arrived is returned,
// marked aborted, so the receiver can still store it as evidence.
export const MAX_BODY_BYTES = 1024 * 1024;

export type LimitedBody =
  | { bytes: Buffer; tooLarge: false; aborted?: true }
  | { bytes: Buffer; tooLarge: true; seenBytes: number };

export async function readLimitedBody(request: Request, limit = MAX_BODY_BYTES): Promise<LimitedBody> {
  const declared = Number(request.headers.get("content-length"));
  if (request.headers.has("content-length") && Number.isFinite(declared) && declared > limit) {
    await request.body?.cancel().catch(() => {});
    return { bytes: Buffer.alloc(0), tooLarge: true, seenBytes: declared };
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
