import { describe, expect, it } from "vitest";
import { readLimitedBody } from "../read-limited-body";

const request = (bytes: number, headers: Record<string, string> = {}) =>
  new Request("http://x/", { method: "POST", headers, body: new Uint8Array(bytes).fill(65) });

describe("readLimitedBody", () => {
  it("reads a body within the limit, with or without a declared length", async () => {
    expect((await readLimitedBody(request(10, { "content-length": "10" }), 10)).bytes.toString()).toBe("A".repeat(10));
    expect(await readLimitedBody(request(10), 10)).toMatchObject({ tooLarge: false });
  });

  it("refuses a declared length over the limit without reading the body", async () => {
    expect(await readLimitedBody(request(11, { "content-length": "11" }), 10)).toEqual({ bytes: Buffer.alloc(0), tooLarge: true, seenBytes: 11 });
  });

  it("stops reading an undeclared body one byte past the limit and keeps what fit", async () => {
    const result = await readLimitedBody(request(11), 10);
    expect(result.tooLarge).toBe(true);
    expect(result.bytes.length).toBeLessThanOrEqual(10);
  });
});
