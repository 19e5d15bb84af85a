// The keyset rule as SQL, run by PostgreSQL over rows that share times: walking every page
// older and back newer gives each row once, in order, whatever the id type.
import { describe, expect, it } from "vitest";

import { db, Prisma } from "@/lib/db/client";
import { fetchPage, type Cursor, type Page } from "@/lib/pagination/keyset";
import { keysetSql } from "@/lib/pagination/keyset-sql";
import { listDistinctValues } from "@/lib/pagination/list-distinct-values";

type Row = { at: Date; id: string };

// 12 rows on 4 distinct times (three share each), ids of both kinds.
const times = ["2026-11-01T10:00:00Z", "2026-11-01T11:00:00Z", "2026-11-02T09:30:00.5Z", "2026-11-03T00:00:00Z"];
const uuid = (n: number) => `0199a4c2-0000-7000-8000-${String(n).padStart(12, "0")}`;
const rows = times.flatMap((t, i) => [1, 2, 3].map((k) => ({ at: new Date(t), n: i * 3 + k })));

async function pageOf(idType: "uuid" | "text", cursor: Cursor | null, take: number): Promise<Row[]> {
  const values = Prisma.join(
    rows.map((r) => Prisma.sql`(${r.at.toISOString()}::timestamptz, ${idType === "uuid" ? uuid(r.n) : `txn_${r.n}`})`),
  );
  const id = Prisma.raw(idType === "uuid" ? "r.id::uuid" : "r.id");
  const page = keysetSql(cursor, { at: Prisma.raw("r.at"), id, idType });
  const where = page.where.length ? Prisma.sql`WHERE ${Prisma.join(page.where, " AND ")}` : Prisma.empty;
  return db().$queryRaw<Row[]>`
    SELECT r.at, r.id::text AS id FROM (VALUES ${values}) AS r(at, id) ${where} ORDER BY ${page.orderBy} LIMIT ${take}`;
}

async function walk(idType: "uuid" | "text", pageSize: number) {
  const read = (cursor: Cursor | null) =>
    fetchPage<Row>({ cursor, pageSize, key: (row) => row, fetch: (c, take) => pageOf(idType, c, take) });
  const decode = (value: string) => JSON.parse(Buffer.from(value, "base64url").toString()) as { t: string; i: string };
  const toCursor = (value: string, direction: Cursor["direction"]): Cursor => {
    const { t, i } = decode(value);
    return { at: new Date(t), id: i, direction };
  };
  const pages: Page<Row>[] = [await read(null)];
  while (pages.at(-1)!.older) pages.push(await read(toCursor(pages.at(-1)!.older!, "older")));
  const back: Page<Row>[] = [pages.at(-1)!];
  while (back.at(-1)!.newer) back.push(await read(toCursor(back.at(-1)!.newer!, "newer")));
  return { older: pages.flatMap((p) => p.rows.map((r) => r.id)), back: back.map((p) => p.rows.map((r) => r.id)) };
}

describe("keysetSql", () => {
  it.each(["uuid", "text"] as const)(
    "%s ids: every page older, then back newer, each row once and in order",
    async (idType) => {
      const expected = [...rows]
        .map((r) => ({ at: r.at.getTime(), id: idType === "uuid" ? uuid(r.n) : `txn_${r.n}` }))
        .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1))
        .map((r) => r.id);
      const { older, back } = await walk(idType, 5);
      expect(older).toEqual(expected);
      // Back to the first page: the same pages in reverse, ending on the newest five.
      expect(back.at(-1)).toEqual(expected.slice(0, 5));
      expect(new Set(back.flat())).toEqual(new Set(expected));
    },
  );

  it("writes no condition on the first page, and the cursor's values as bind parameters", () => {
    const columns = { at: Prisma.raw("o.at"), id: Prisma.raw("o.id"), idType: "uuid" } as const;
    expect(keysetSql(null, columns)).toMatchObject({ where: [], orderBy: { text: "o.at DESC, o.id DESC" } });
    const cursor: Cursor = { at: new Date("2026-11-01T10:00:00Z"), id: uuid(1).toUpperCase(), direction: "newer" };
    const { where, orderBy } = keysetSql(cursor, columns);
    expect(orderBy.text).toBe("o.at ASC, o.id ASC");
    expect(where[0]!.text).toBe("o.at >= $1::timestamptz AND (o.at > $2::timestamptz OR o.id > $3::uuid)");
    expect(where[0]!.values).toEqual(["2026-11-01T10:00:00.000Z", "2026-11-01T10:00:00.000Z", uuid(1)]);
  });
});

describe("listDistinctValues", () => {
  it("gives each value once, in order, without NULL, at most `limit`; refuses a name that is not one", async () => {
    const names = ["Finara", "Acme Credit", "Finara", null, "Zeta", "Acme Credit"];
    for (const [i, name] of names.entries())
      await db().dispute.create({
        data: {
          provider: "CHARGEAFTER",
          externalId: `d_${i}`,
          lenderId: name,
          status: "OPEN",
          openedAt: new Date(),
          lastEventAt: new Date(),
        },
      });
    expect(await listDistinctValues({ table: "Dispute", column: "lenderId", limit: 10 })).toEqual([
      "Acme Credit",
      "Finara",
      "Zeta",
    ]);
    expect(await listDistinctValues({ table: "Dispute", column: "lenderId", limit: 2 })).toEqual([
      "Acme Credit",
      "Finara",
    ]);
    await expect(
      listDistinctValues({ table: `Dispute"; DROP TABLE "Dispute`, column: "lenderId", limit: 1 }),
    ).rejects.toThrow(RangeError);
  });
});
