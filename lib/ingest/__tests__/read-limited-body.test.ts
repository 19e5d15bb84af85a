import { describe, expect, it } from "vitest";

import { readLimitedBody } from "@/lib/ingest/read-limited-body";

const request = (bytes: number, headers: Record<string, string> = {}) =>
  new Request("http://x/", { method: "POST", headers, body: new Uint8Array(bytes).fill(65) });

describe("readLimitedBody", () => {
  it("reads a body within the limit, with or without a declared length", async () => {
    expect((await readLimitedBody(request(10, { "content-length": "10" }), 10)).bytes.toString()).toBe("A".repeat(10));
    expect(await readLimitedBody(request(10), 10)).toMatchObject({ tooLarge: false });
  });

  it("refuses a declared length over the limit, reading no more than a prefix of the body", async () => {
    expect(await readLimitedBody(request(11, { "content-length": "11" }), 10)).toEqual({
      bytes: Buffer.from("A".repeat(10)),
      tooLarge: true,
      seenBytes: 11,
    });
    const big = await readLimitedBody(request(2 * 1024 * 1024, { "content-length": String(2 * 1024 * 1024) }));
    expect(big).toMatchObject({ tooLarge: true, seenBytes: 2 * 1024 * 1024 });
    expect(big.bytes.length).toBe(64 * 1024);
  });

  it("stops reading an undeclared body one byte past the limit and keeps what fit", async () => {
    const result = await readLimitedBody(request(11), 10);
    expect(result.tooLarge).toBe(true);
    expect(result.bytes.length).toBeLessThanOrEqual(10);
  });

  it("keeps the first `limit` bytes of an oversized body even when it arrives as one chunk", async () => {
    const result = await readLimitedBody(request(25), 10);
    expect(result).toMatchObject({ tooLarge: true, seenBytes: 25 });
    expect(result.bytes.toString()).toBe("A".repeat(10));
  });

  it("returns what arrived, marked aborted, when the body fails mid-way (it used to throw)", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(new Uint8Array([66, 67])),
      pull: (controller) => controller.error(new Error("socket hang up")),
    });
    const aborted = new Request("http://x/", { method: "POST", body: stream, duplex: "half" } as RequestInit);
    expect(await readLimitedBody(aborted, 10)).toEqual({ bytes: Buffer.from("BC"), tooLarge: false, aborted: true });
  });
});
