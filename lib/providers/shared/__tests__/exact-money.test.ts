import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";

import {
  amountToCents,
  centsToAmount,
  fitsMoneyColumn,
  hasAtMostCents,
  plainDecimalText,
  toCents,
} from "@/lib/providers/shared/exact-money";

describe("exact money", () => {
  it("reads JSON numbers by their shortest text, written out in full, and plain decimal strings trimmed", () => {
    expect(plainDecimalText(1234.5600000000002)).toBe("1234.5600000000002");
    expect(plainDecimalText(1e-7)).toBe("0.0000001");
    expect(plainDecimalText(1e21)).toBe("1000000000000000000000");
    expect(plainDecimalText(" -20.05 ")).toBe("-20.05");
    for (const value of ["1e3", "1,299.99", "+5", "", Number.NaN, Infinity, true, null]) {
      expect(plainDecimalText(value)).toBeUndefined();
    }
  });

  it("rounds half-even to cents and knows what a money column holds", () => {
    expect(toCents(new Decimal("0.125")).toFixed(2)).toBe("0.12");
    expect(toCents(new Decimal("0.135")).toFixed(2)).toBe("0.14");
    expect(fitsMoneyColumn(new Decimal("-999999999999.99"))).toBe(true);
    expect(fitsMoneyColumn(new Decimal("1000000000000.00"))).toBe(false);
    expect([hasAtMostCents("8.86"), hasAtMostCents("8.864")]).toEqual([true, false]);
  });

  it("turns two-decimal text into integer cents and back", () => {
    expect(amountToCents("1299.99")).toBe(129999n);
    expect(amountToCents("-5.00")).toBe(-500n);
    expect(amountToCents("12.5")).toBe(1250n);
    expect(centsToAmount(-129999n)).toBe("-1299.99");
    expect(centsToAmount(5n)).toBe("0.05");
  });
});
