import { describe, expect, it } from "vitest";

import { parseFundingRecord } from "@/lib/providers/chargeafter/funding-record-schema";

describe("funding record schema", () => {
  it("reads the shared fixture record", async () => {
    const { readFileSync } = await import("node:fs");
    const fixture = JSON.parse(readFileSync("../shared/fixtures/chargeafter/fundings-report.json", "utf8")) as {
      records: unknown[];
    };
    const parsed = parseFundingRecord(fixture.records[0]);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.record.netAmount.toFixed(2)).toBe("89.99");
    expect(parsed.record.fundedAt?.toISOString()).toBe("2023-11-03T00:00:00.000Z");
    expect(parsed.record.lenderReferenceId).toBeNull();
  });

  it("refuses missing required fields and says which", () => {
    const parsed = parseFundingRecord({ transactionId: "t1" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.reasons).toContain("transactionAmount: is missing");
    expect(parsed.reasons).toContain("status: is missing");
  });
});

describe("funding record schema: exact money and real dates", () => {
  const base = {
    transactionId: "t",
    chargeId: "c",
    transactionType: "Settle",
    transactionDate: "2026-11-03T10:00:00Z",
    transactionAmount: 1,
    discountAmount: 0,
    netAmount: 1,
    updatedAt: "2026-11-03",
    status: "reconciled",
  };
  const reasons = (fields: Record<string, unknown>) => {
    const parsed = parseFundingRecord({ ...base, ...fields });
    return parsed.ok ? [] : parsed.reasons;
  };

  it("reads amounts given as numbers or strings exactly, negative ones too", () => {
    const parsed = parseFundingRecord({
      ...base,
      transactionAmount: 0.1,
      discountAmount: "-20.05",
      netAmount: 999999999999.99,
    });
    expect(
      parsed.ok && [
        parsed.record.transactionAmount.toFixed(2),
        parsed.record.discountAmount.toFixed(2),
        parsed.record.netAmount.toFixed(2),
      ],
    ).toEqual(["0.10", "-20.05", "999999999999.99"]);
    expect(parsed.ok && parsed.record.status).toBe("RECONCILED");
  });

  it("keeps amounts with more decimals: cents half-even in the amount, the exact text in amountsExact", () => {
    const parsed = parseFundingRecord({
      ...base,
      transactionAmount: 1e-7,
      discountAmount: "1.005",
      netAmount: 1234.5600000000002,
    });
    if (!parsed.ok) expect.fail(parsed.reasons.join("; "));
    expect([
      parsed.record.transactionAmount.toFixed(2),
      parsed.record.discountAmount.toFixed(2),
      parsed.record.netAmount.toFixed(2),
    ]).toEqual(["0.00", "1.00", "1234.56"]);
    expect(parsed.record.amountsExact).toEqual({
      transactionAmount: "0.0000001",
      discountAmount: "1.005",
      netAmount: "1234.5600000000002",
    });
    const plain = parseFundingRecord(base);
    expect(plain.ok && plain.record.amountsExact).toBeUndefined();
  });

  it.each([
    [{ transactionAmount: "1000000000000.00" }, "transactionAmount: 1000000000000.00 is too large"],
    [{ transactionAmount: 1e21 }, "transactionAmount: 1e+21 is too large"],
    [{ transactionAmount: 1e15 }, "transactionAmount: 1000000000000000 is too large"],
    [{ transactionAmount: "1,299.99" }, 'transactionAmount: "1,299.99" is not a plain decimal such as 1299.99'],
    [{ transactionAmount: true }, "transactionAmount: must be a number"],
    [
      { transactionDate: "2026-02-30T00:00:00Z" },
      'transactionDate: "2026-02-30T00:00:00Z" is not a date in the calendar',
    ],
    [{ transactionDate: "03/11/2026" }, 'transactionDate: "03/11/2026" is not an ISO 8601 date-time'],
    [{ status: "NOT OK" }, 'status: "NOT OK" is not a valid value'],
    [{ email: { at: "x" } }, "email: must be text"],
    [
      { transactionDate: "9999-12-31T00:00:00Z" },
      'transactionDate: "9999-12-31T00:00:00Z" is outside 2000-01-01 … 2099-12-31',
    ],
    [{ fundedAt: "0100-01-01" }, 'fundedAt: "0100-01-01" is outside 2000-01-01 … 2099-12-31'],
  ])("%j is refused: %s", (fields, reason) => {
    expect(reasons(fields)).toEqual([reason]);
  });

  it("reads a date-time without a zone as UTC, never as server time; a bare date as UTC midnight", () => {
    const parsed = parseFundingRecord({
      ...base,
      transactionDate: "2026-11-03 10:15:00",
      fundedAt: "2026-11-04T01:00:00+02:00",
    });
    expect(
      parsed.ok && [
        parsed.record.transactionDate.toISOString(),
        parsed.record.fundedAt?.toISOString(),
        parsed.record.updatedAt.toISOString(),
      ],
    ).toEqual(["2026-11-03T10:15:00.000Z", "2026-11-03T23:00:00.000Z", "2026-11-03T00:00:00.000Z"]);
  });

  it("keeps optional text as sent; blank reads as absent", () => {
    const parsed = parseFundingRecord({ ...base, firstName: "  Zoë ", lastName: "", promoCode: 123 });
    expect(parsed.ok && [parsed.record.firstName, parsed.record.lastName, parsed.record.promoCode]).toEqual([
      "  Zoë ",
      null,
      "123",
    ]);
  });
});
