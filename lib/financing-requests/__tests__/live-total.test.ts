import { describe, expect, it } from "vitest";

import { liveTotal } from "@/lib/financing-requests/live-total";

const line = (unitPrice: string, quantity = "1", unitTax = "") => ({ unitPrice, quantity, unitTax });
const shown = (result: ReturnType<typeof liveTotal>) => result.total?.toFixed(2) ?? result.problems;

describe("liveTotal", () => {
  it("adds items, their tax and shipping exactly", () => {
    expect(shown(liveTotal([line("450.00", "1", "36.00")], "13.00"))).toBe("499.00");
    expect(shown(liveTotal([line("0.10", "3"), line("0.20")], ""))).toBe("0.50");
  });

  it("gives no total and names the line when a price is unreadable, never a sum without it", () => {
    expect(shown(liveTotal([line("450.00"), line("4,50")], "13.00"))).toEqual([
      "Check the unit price on line 2: an amount like 499.00.",
    ]);
    expect(shown(liveTotal([line("12.345")], ""))).toEqual(["Check the unit price: an amount like 499.00."]);
    expect(shown(liveTotal([line("")], ""))).toEqual(["Enter the unit price."]);
  });

  it("says so for a quantity that is not a whole number, a bad tax or shipping", () => {
    expect(shown(liveTotal([line("10.00", "1.5"), line("10.00", "0")], ""))).toEqual([
      "Check the quantity on line 1: a whole number.",
      "Check the quantity on line 2: a whole number.",
    ]);
    expect(shown(liveTotal([line("10.00", "1", "x")], "free"))).toEqual([
      "Check the tax per unit: an amount like 36.00.",
      "Check the shipping: an amount like 13.00.",
    ]);
  });
});
