import { describe, expect, it } from "vitest";

import {
  decodeCursor,
  encodeCursor,
  firstPageHref,
  keysetOrderBy,
  keysetWhere,
  pageHref,
  toPage,
} from "@/lib/pagination/keyset";

const at = new Date("2026-11-02T15:00:00.123Z");
const id = "0199a4c2-0000-7000-8000-000000000001";

describe("cursor", () => {
  it("round-trips and is URL-safe", () => {
    const cursor = encodeCursor({ at, id, direction: "older" });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual({ at, id, direction: "older" });
    expect(decodeCursor(encodeCursor({ at, id, direction: "newer" }))?.direction).toBe("newer");
  });

  it("refuses anything that is not one of ours", () => {
    for (const bad of [
      undefined,
      null,
      "",
      "!!!",
      "abc",
      Buffer.from('{"t":"yesterday","i":"x","d":"o"}').toString("base64url"),
      Buffer.from('{"t":"2026-11-02T15:00:00Z","i":"","d":"o"}').toString("base64url"),
      "A".repeat(700),
    ]) {
      expect(decodeCursor(bad)).toBeNull();
    }
  });

  it("refuses an id the list's query could not take: not a UUID for a UUID list, NUL in a text id, year 0000", () => {
    const raw = (payload: object) => Buffer.from(JSON.stringify(payload)).toString("base64url");
    const t = "2026-11-02T15:00:00.000Z";
    expect(decodeCursor(raw({ t, i: "not-a-uuid", d: "o" }))).toBeNull();
    expect(decodeCursor(raw({ t, i: "1' OR '1'='1", d: "o" }))).toBeNull();
    expect(decodeCursor(raw({ t, i: `${id}\u0000`, d: "o" }))).toBeNull();
    expect(decodeCursor(raw({ t, i: "ca_txn_1\u0000", d: "o" }), "text")).toBeNull();
    expect(decodeCursor(raw({ t: "0000-01-01T00:00:00Z", i: id, d: "o" }))).toBeNull();
    expect(decodeCursor(raw({ t, i: "ca_txn_1", d: "o" }), "text")).toEqual({
      at: new Date(t),
      id: "ca_txn_1",
      direction: "older",
    });
    expect(decodeCursor(raw({ t, i: id.toUpperCase(), d: "n" }))).toMatchObject({ direction: "newer" });
  });
});

describe("keysetWhere / keysetOrderBy", () => {
  it("bounds the time range and breaks ties by id", () => {
    expect(keysetWhere(null, "receivedAt", "id")).toEqual({});
    expect(keysetWhere({ at, id, direction: "older" }, "receivedAt", "id")).toEqual({
      AND: [{ receivedAt: { lte: at } }, { OR: [{ receivedAt: { lt: at } }, { receivedAt: at, id: { lt: id } }] }],
    });
    expect(keysetWhere({ at, id, direction: "newer" }, "t", "k")).toEqual({
      AND: [{ t: { gte: at } }, { OR: [{ t: { gt: at } }, { t: at, k: { gt: id } }] }],
    });
    expect(keysetOrderBy(null, "receivedAt", "id")).toEqual([{ receivedAt: "desc" }, { id: "desc" }]);
    expect(keysetOrderBy({ at, id, direction: "newer" }, "receivedAt", "id")).toEqual([
      { receivedAt: "asc" },
      { id: "asc" },
    ]);
  });
});

describe("toPage", () => {
  const rows = (n: number, from = 0) =>
    Array.from({ length: n }, (_, i) => ({ id: `r${from + i}`, at: new Date(at.getTime() - (from + i) * 1000) }));
  const key = (row: { id: string; at: Date }) => row;

  it("first page: older when there is more, no newer", () => {
    const page = toPage(rows(4), { pageSize: 3, cursor: null, key });
    expect(page.rows.map((r) => r.id)).toEqual(["r0", "r1", "r2"]);
    expect(page.newer).toBeNull();
    expect(decodeCursor(page.older, "text")).toMatchObject({ id: "r2", direction: "older" });
  });

  it("walking back to newer rows reverses them and keeps the way older", () => {
    const fetchedAscending = rows(4).reverse(); // r3, r2, r1, r0
    const page = toPage(fetchedAscending.slice(0, 3), {
      pageSize: 3,
      cursor: { at, id: "x", direction: "newer" },
      key,
    });
    expect(page.rows.map((r) => r.id)).toEqual(["r1", "r2", "r3"]);
    expect(page.newer).toBeNull();
    expect(decodeCursor(page.older, "text")).toMatchObject({ id: "r3", direction: "older" });
  });
});

describe("page links", () => {
  it("keep every filter, replace the cursor, and drop it for the first page", () => {
    const query = { provider: ["CHARGEAFTER", "WEGETFINANCING"], q: "tok 1", cursor: "old" };
    expect(pageHref("/deliveries", query, "next")).toBe(
      "/deliveries?provider=CHARGEAFTER&provider=WEGETFINANCING&q=tok+1&cursor=next",
    );
    expect(firstPageHref("/deliveries", query)).toBe(
      "/deliveries?provider=CHARGEAFTER&provider=WEGETFINANCING&q=tok+1",
    );
    expect(firstPageHref("/deliveries", { cursor: "x" })).toBe("/deliveries");
    expect(pageHref("/x", new URLSearchParams("a=1&cursor=2"), "3")).toBe("/x?a=1&cursor=3");
  });
});
