// The one list reader: every list reads dates, text and cursors through it, so these rules
// hold for all of them (list-readers.test.ts checks each list's own declaration).
import { describe, expect, it } from "vitest";
import { z } from "zod";

import { encodeCursor } from "@/lib/pagination/cursor";
import { anyOf, dayRangeParams, exactValues, listQueryReader, oneOf, searchParam } from "@/lib/search-params";

const schema = z.object({
  status: anyOf({ OPEN: "OPEN", CLOSED: "CLOSED" }).describe("Status"),
  kind: oneOf(["a", "b"]).describe("Kind"),
  lender: exactValues("A lender", 5).describe("Lender"),
  ...dayRangeParams({ from: "Opened from", to: "Opened to" }),
  q: searchParam(),
});
const readUuidList = listQueryReader({ schema, cursorId: "uuid", firstPage: "the newest rows" });
const readTextList = listQueryReader({ schema, cursorId: "text", firstPage: "the first records" });
const read = (query: string) => readUuidList(new URLSearchParams(query));

const at = new Date("2026-11-02T15:00:00.000Z");
const UUID = "0199a4c2-0000-7000-8000-000000000001";

describe("listQueryReader", () => {
  it("reads every kind of parameter, naming each by its label in messages", () => {
    expect(read("status=open&kind=B&lender=Acme&from=2026-11-01&to=2026-11-30&q=+ada+")).toEqual({
      filters: { status: ["OPEN"], kind: "b", lender: ["Acme"], from: "2026-11-01", to: "2026-11-30", q: "ada" },
      cursor: null,
      issues: [],
    });
    expect(read("status=LOST&kind=c&lender=toolong").issues).toEqual([
      'Status: "LOST" is not one of OPEN, CLOSED.',
      'Kind: "c" is not one of a, b.',
      "Lender: A lender has at most 5 characters.",
    ]);
  });

  it("a date range the wrong way round: explained, neither end applied, the other filters kept", () => {
    expect(read("from=2026-11-30&to=2026-11-01&kind=a")).toEqual({
      filters: { status: [], kind: "a", lender: [], from: undefined, to: undefined, q: undefined },
      cursor: null,
      issues: [
        "The dates are the wrong way round (from 2026-11-30 is after to 2026-11-01); the date filter is not applied.",
      ],
    });
    expect(read("from=2026-11-01&to=2026-11-01").filters).toMatchObject({ from: "2026-11-01", to: "2026-11-01" });
    // One end alone is a range too (open at the other end).
    expect(read("to=2026-11-01").filters).toMatchObject({ from: undefined, to: "2026-11-01" });
  });

  it("bounds text: over 200 characters or with a NUL, in any parameter, refused in words", () => {
    expect(read(`q=${"x".repeat(201)}`)).toMatchObject({
      filters: { q: undefined },
      issues: ["Search: Use at most 200 characters."],
    });
    expect(read(`q=${"x".repeat(200)}`).filters.q).toHaveLength(200);
    expect(read("lender=a%00b").issues).toEqual([
      "Lender: Remove the NUL character (%00): it cannot be part of a search.",
    ]);
    expect(read(`kind=${"a".repeat(300)}`).issues).toEqual(["Kind: Use at most 200 characters."]);
  });

  it("an invalid cursor: the first page, and why in words", () => {
    for (const cursor of ["garbage", "e30", encodeCursor({ at, id: UUID, direction: "older" }).slice(0, 20)]) {
      expect(read(`cursor=${cursor}`)).toMatchObject({
        cursor: null,
        issues: ["The page link is not valid (perhaps cut short); showing the newest rows."],
      });
    }
  });

  it("the cursor's id follows the list's rule: a UUID for our keys, any text without NUL for a provider's", () => {
    const withId = (id: string) => `cursor=${encodeCursor({ at, id, direction: "newer" })}`;
    expect(read(withId(UUID)).cursor).toEqual({ at, id: UUID, direction: "newer" });
    expect(read(withId("ca_txn_0001"))).toMatchObject({ cursor: null, issues: [expect.stringMatching(/newest rows/)] });
    expect(readTextList(new URLSearchParams(withId("ca_txn_0001"))).cursor?.id).toBe("ca_txn_0001");
    expect(readTextList(new URLSearchParams(withId("x\u0000")))).toMatchObject({
      cursor: null,
      issues: ["The page link is not valid (perhaps cut short); showing the first records."],
    });
  });
});
