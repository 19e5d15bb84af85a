// Reads a request body up to a limit without buffering more than limit + 1 bytes.
export const MAX_BODY_BYTES = 1024 * 1024;

export type LimitedBody = { bytes: Buffer; tooLarge: false } | { bytes: Buffer; tooLarge: true; seenBytes: number };

export async function readLimitedBody(request: Request, limit = MAX_BODY_BYTES): Promise<LimitedBody> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) {
    await request.body?.cancel().catch(() => {});
    return { bytes: Buffer.alloc(0), tooLarge: true, seenBytes: declared };
  }
  if (!request.body) return { bytes: Buffer.alloc(0), tooLarge: false };
  // The common case: a declared length within the limit is read in one native call.
  if (Number.isFinite(declared) && request.headers.has("content-length")) {
    const bytes = Buffer.from(await request.arrayBuffer());
    if (bytes.length <= limit) return { bytes, tooLarge: false };
    return { bytes: bytes.subarray(0, limit), tooLarge: true, seenBytes: bytes.length };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return { bytes: Buffer.concat(chunks), tooLarge: true, seenBytes: size };
    }
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return { bytes: Buffer.concat(chunks, size), tooLarge: false };
}
