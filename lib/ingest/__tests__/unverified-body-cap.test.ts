// Issue 10 item 6: anyone could fill the disk with unsigned 1 MiB posts. Refused
// deliveries are still stored, but only their first 64 KiB, and only up to a cap of
// body bytes per client address per hour; verified deliveries are never capped.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { POST } from "@/app/api/postbacks/wegetfinancing/route";
import { db } from "@/lib/db/client";
import {
  DEFAULT_UNVERIFIED_BYTES_PER_ADDRESS_PER_HOUR,
  MAX_UNVERIFIED_BODY_BYTES,
  unverifiedBytesPerAddressPerHour,
} from "@/lib/ingest/unverified-body-quota";
import { PEER_ADDRESS_HEADER } from "@/lib/server/forwarded";
import { configureProviders, wgfRequest } from "@/test/provider-requests";
import { resetDatabase } from "@/test/reset-database";

const MiB = 1024 * 1024;
const KiB = 1024;

beforeAll(() => configureProviders());
beforeEach(resetDatabase);
afterEach(() => {
  delete process.env.UNVERIFIED_BYTES_PER_ADDRESS_PER_HOUR;
});

// A JSON postback padded to exactly `size` bytes.
function paddedPostback(size: number, token = "tok-flood"): string {
  const head = `{"version":"1.9","request_token":"${token}","status":"rejected","pad":"`;
  return head + "A".repeat(size - head.length - 2) + `"}`;
}

const from = (address: string) => ({ headers: { [PEER_ADDRESS_HEADER]: address } });

async function storedBodyBytes(address: string) {
  const rows = await db().$queryRaw<{ bytes: bigint; count: bigint }[]>`
    SELECT coalesce(sum(octet_length("rawBody")), 0)::bigint AS bytes, count(*)::bigint AS count FROM "Delivery" WHERE "remoteAddress" = ${address}`;
  return { bytes: Number(rows[0].bytes), count: Number(rows[0].count) };
}

describe("unverified bodies are bounded", () => {
  it(
    "200 unsigned 1 MiB posts from one address store at most cap + 64 KiB of body, all answered 401",
    { timeout: 120_000 },
    async () => {
      const body = paddedPostback(MiB);
      const statuses: number[] = [];
      for (let round = 0; round < 10; round++) {
        // 20 at a time, so the count is raced as it would be by a real flood.
        const answers = await Promise.all(
          Array.from({ length: 20 }, () => POST(wgfRequest(body, { signature: null, ...from("203.0.113.7") }))),
        );
        statuses.push(...answers.map((answer) => answer.status));
      }
      expect(statuses.every((status) => status === 401)).toBe(true);

      const { bytes, count } = await storedBodyBytes("203.0.113.7");
      expect(count).toBe(200);
      expect(bytes).toBeLessThanOrEqual(DEFAULT_UNVERIFIED_BYTES_PER_ADDRESS_PER_HOUR + MAX_UNVERIFIED_BODY_BYTES);
      expect(bytes).toBeGreaterThan(DEFAULT_UNVERIFIED_BYTES_PER_ADDRESS_PER_HOUR - MAX_UNVERIFIED_BODY_BYTES);

      const deliveries = await db().delivery.findMany({
        where: { remoteAddress: "203.0.113.7" },
        select: { rawBody: true, bodyBytes: true, flags: true, searchIds: true },
      });
      for (const delivery of deliveries) {
        expect(delivery.bodyBytes).toBe(MiB); // the real size seen
        expect(delivery.flags).toContain("truncated");
        expect(delivery.searchIds).toContain("tok-flood");
        if (delivery.flags.includes("body-not-stored-cap")) expect(delivery.rawBody.length).toBe(0);
        else expect(delivery.rawBody.length).toBe(MAX_UNVERIFIED_BODY_BYTES);
      }
      expect(deliveries.filter((d) => d.flags.includes("body-not-stored-cap")).length).toBeGreaterThan(0);

      // A signed delivery from the same address afterwards is stored whole.
      const signedBody = paddedPostback(512 * KiB, "tok-signed");
      const signed = await POST(wgfRequest(signedBody, from("203.0.113.7")));
      expect(signed.status).toBe(200);
      const { deliveryId } = (await signed.json()) as { deliveryId: string };
      const stored = await db().delivery.findUniqueOrThrow({ where: { id: deliveryId } });
      expect(Buffer.from(stored.rawBody).toString()).toBe(signedBody);
      expect(stored.flags).not.toContain("body-not-stored-cap");
      expect(stored.flags).not.toContain("truncated");

      // Another address is unaffected.
      const other = await POST(wgfRequest(body, { signature: null, ...from("198.51.100.9") }));
      expect(other.status).toBe(401);
      expect(await storedBodyBytes("198.51.100.9")).toEqual({ bytes: MAX_UNVERIFIED_BODY_BYTES, count: 1 });
    },
  );

  it("an unverified body within 64 KiB is stored whole, and the cap comes from UNVERIFIED_BYTES_PER_ADDRESS_PER_HOUR", async () => {
    process.env.UNVERIFIED_BYTES_PER_ADDRESS_PER_HOUR = String(100 * KiB);
    const body = paddedPostback(60 * KiB);
    const first = await POST(wgfRequest(body, { signature: "bad", ...from("192.0.2.1") }));
    const second = await POST(wgfRequest(body, { signature: "bad", ...from("192.0.2.1") }));
    expect([first.status, second.status]).toEqual([401, 401]);
    const [a, b] = await Promise.all(
      [first, second].map(async (answer) =>
        db().delivery.findUniqueOrThrow({
          where: { id: ((await answer.json()) as { deliveryId: string }).deliveryId },
        }),
      ),
    );
    expect(Buffer.from(a.rawBody).toString()).toBe(body);
    expect(a.flags).not.toContain("truncated");
    expect(b.rawBody.length).toBe(0);
    expect(b.bodyBytes).toBe(60 * KiB);
    expect(b.flags).toContain("body-not-stored-cap");
    expect(b.processingError).toBe(a.processingError); // answered the same
  });

  it("refuses a cap that is not a whole number of bytes, in words", () => {
    process.env.UNVERIFIED_BYTES_PER_ADDRESS_PER_HOUR = "lots";
    expect(() => unverifiedBytesPerAddressPerHour()).toThrow(/whole number of bytes/);
    process.env.UNVERIFIED_BYTES_PER_ADDRESS_PER_HOUR = "";
    expect(unverifiedBytesPerAddressPerHour()).toBe(8 * MiB);
  });
});
