// Bind parameters written in as literals: exact text, the same meaning PostgreSQL gives the
// bound value, and no way for a value to become SQL.
import { describe, expect, it } from "vitest";

import { inlineSqlParams, sqlLiteral } from "@/lib/db/inline-sql-params";
import { pgPool } from "@/lib/db/pg-pool";

const HOSTILE = [
  "",
  "plain",
  "it's",
  "''",
  "back\\slash",
  "\\",
  "\\'",
  '\'); DROP TABLE "FundingRecord"; --',
  "$1 $$ $a$ dollar",
  "Nguyễn Thị 🎉 ÅÄÖ",
  "line\nbreak\r\ttab",
  "%_ like chars",
  "E'\\x41'",
];

describe("sqlLiteral", () => {
  it("doubles quotes, and writes E'…' with doubled backslashes when there is one", () => {
    expect(sqlLiteral("it's")).toBe("'it''s'");
    expect(sqlLiteral("a\\b'c")).toBe(" E'a\\\\b''c'");
    expect(sqlLiteral("Zoë 🎉")).toBe("'Zoë 🎉'");
  });

  it("string arrays as typed ARRAY[] (empty too), Dates as UTC timestamptz", () => {
    expect(sqlLiteral(["a", "b'c"])).toBe("ARRAY['a', 'b''c']::text[]");
    expect(sqlLiteral([])).toBe("ARRAY[]::text[]");
    expect(sqlLiteral(new Date("2026-11-01T04:00:00Z"))).toBe("'2026-11-01T04:00:00.000Z'::timestamptz");
  });

  it("refuses what it cannot write faithfully", () => {
    expect(() => sqlLiteral("nul\0byte")).toThrow(/NUL/);
    expect(() => sqlLiteral(new Date(Number.NaN))).toThrow(/invalid Date/);
    expect(() => sqlLiteral(42)).toThrow(TypeError);
    expect(() => sqlLiteral(null)).toThrow(TypeError);
    expect(() => sqlLiteral(["a", 1])).toThrow(TypeError);
    expect(() => sqlLiteral({ toString: () => "x" })).toThrow(TypeError);
  });
});

describe("inlineSqlParams", () => {
  it("replaces each placeholder once, $10 as itself and not as $1 followed by 0", () => {
    const values = Array.from({ length: 11 }, (_, i) => `v${i + 1}`);
    expect(inlineSqlParams("a = $1 AND b = $10 AND c = $11 AND d = $1", values)).toBe(
      "a = 'v1' AND b = 'v10' AND c = 'v11' AND d = 'v1'",
    );
  });

  it("never rescans what it wrote: a value that looks like a placeholder stays text", () => {
    expect(inlineSqlParams("x = $1 OR y = $2", ["$2", "b"])).toBe("x = '$2' OR y = 'b'");
  });

  it("throws on a placeholder without a value", () => {
    expect(() => inlineSqlParams("x = $2", ["a"])).toThrow(/\$2/);
    expect(() => inlineSqlParams("x = $0", ["a"])).toThrow(/\$0/);
  });

  it("PostgreSQL reads every literal back as exactly the value", async () => {
    const sql = inlineSqlParams(`SELECT ${HOSTILE.map((_, i) => `$${i + 1}::text AS c${i}`).join(", ")}`, HOSTILE);
    const { rows } = await pgPool().query<Record<string, string>>(sql);
    expect(Object.values(rows[0]!)).toEqual(HOSTILE);
  });

  it("arrays work where the filters put them, = ANY($n::text[]), empty included", async () => {
    const sql = inlineSqlParams(
      "SELECT 'b''c' = ANY($1::text[]) AS hit, 'x' = ANY($2::text[]) AS miss, cardinality($1::text[]) AS n",
      [["a", "b'c", "\\"], []],
    );
    const { rows } = await pgPool().query(sql);
    expect(rows[0]).toEqual({ hit: true, miss: false, n: 3 });
  });

  it("Dates compare as the same instant as the bound Date, whatever the session time zone", async () => {
    const instant = new Date("2026-11-01T04:00:00.000Z");
    const client = await pgPool().connect();
    try {
      await client.query("SET TIME ZONE 'America/New_York'");
      const inlined = inlineSqlParams(
        "SELECT $1 = $2::timestamptz AS same, timestamptz '2026-11-01 00:00-04' >= $1 AS ge",
        [instant, instant.toISOString()],
      );
      const { rows } = await client.query(inlined);
      expect(rows[0]).toEqual({ same: true, ge: true });
      const { rows: back } = await client.query<{ t: Date }>(inlineSqlParams("SELECT $1 AS t", [instant]));
      expect(back[0]!.t.toISOString()).toBe(instant.toISOString());
    } finally {
      await client.query("RESET TIME ZONE");
      client.release();
    }
  });
});
