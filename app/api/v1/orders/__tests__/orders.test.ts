import { beforeEach, describe, expect, it } from "vitest";

import { GET } from "@/app/api/v1/orders/route";
import { db } from "@/lib/db/client";
import { resetDatabase } from "@/test/reset-database";
import { routeContext, shopKey, shopRequest } from "@/test/shop-api";

let key: string;

const page = async (query: string) => {
  const response = await GET(shopRequest(`/orders${query}`, { key }), routeContext());
  return { status: response.status, body: await response.json() };
};

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 12, minute));

async function insertOrder(n: number, updatedAt: Date, status: "OPEN" | "CANCELLED" = "OPEN") {
  return db().order.create({
    data: {
      provider: "WEGETFINANCING",
      merchantTransactionId: `ORDER-${n}`,
      requestToken: `token-${n}`,
      status,
      amount: "100.00",
      createdAt: updatedAt,
      updatedAt,
    },
  });
}

beforeEach(async () => {
  await resetDatabase();
  key = await shopKey("read");
});

describe("GET /api/v1/orders", () => {
  it("walks every order once, oldest change first, in keyset pages (ties broken by id)", async () => {
    for (const [n, minute] of [
      [1, 5],
      [2, 1],
      [3, 3],
      [4, 3],
      [5, 9],
    ] as const)
      await insertOrder(n, at(minute));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const { status, body } = await page(`?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(status).toBe(200);
      expect(body.data.length).toBeLessThanOrEqual(2);
      seen.push(...body.data.map((o: { merchantTransactionId: string }) => o.merchantTransactionId));
      cursor = body.next_cursor;
    } while (cursor);
    const ties = [
      (await db().order.findUniqueOrThrow({ where: { requestToken: "token-3" } })).id,
      (await db().order.findUniqueOrThrow({ where: { requestToken: "token-4" } })).id,
    ];
    const [first, second] = ties[0]! < ties[1]! ? ["ORDER-3", "ORDER-4"] : ["ORDER-4", "ORDER-3"];
    expect(seen).toEqual(["ORDER-2", first, second, "ORDER-1", "ORDER-5"]);
  });

  it("filters by status and updated_after; amounts are strings and times ISO 8601 UTC", async () => {
    await insertOrder(1, at(1));
    await insertOrder(2, at(2), "CANCELLED");
    await insertOrder(3, at(3));
    const open = await page(`?status=open&updated_after=${encodeURIComponent("2026-12-01T12:01:00Z")}`);
    expect(open.body.data.map((o: { merchantTransactionId: string }) => o.merchantTransactionId)).toEqual(["ORDER-3"]);
    expect(open.body.data[0]).toMatchObject({
      amount: "100.00",
      status: "open",
      updatedAt: "2026-12-01T12:03:00.000Z",
    });
  });

  it("moves a changed order to the end: updatedAt follows every real change, raw SQL included", async () => {
    const first = await insertOrder(1, at(1));
    await insertOrder(2, at(2));
    await db().$executeRaw`UPDATE "Order" SET "holdReason" = 'check' WHERE id = ${first.id}::uuid`;
    const { body } = await page("");
    expect(body.data.map((o: { merchantTransactionId: string }) => o.merchantTransactionId)).toEqual([
      "ORDER-2",
      "ORDER-1",
    ]);
    // An update that changes nothing leaves the time as it was.
    const before = await db().order.findUniqueOrThrow({ where: { id: first.id } });
    await db().order.update({ where: { id: first.id }, data: { holdReason: "check" } });
    expect((await db().order.findUniqueOrThrow({ where: { id: first.id } })).updatedAt).toEqual(before.updatedAt);
  });

  it("refuses parameters it cannot read, each named, in words", async () => {
    const { status, body } = await page("?status=shipped&limit=500&updated_after=yesterday");
    expect(status).toBe(400);
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["limit", "status", "updated_after"]);
    const cursor = await page("?cursor=bm90LWEtY3Vyc29y");
    expect(cursor.status).toBe(400);
    expect(cursor.body.errors).toEqual([
      { path: "cursor", message: "Not a cursor of this list: pass next_cursor exactly as it came." },
    ]);
    expect((await page(`?updated_after=${encodeURIComponent("1999-12-31T00:00:00Z")}`)).status).toBe(400);
  });
});
