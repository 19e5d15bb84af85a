import { describe, expect, it } from "vitest";

import { readProviderAmount } from "@/lib/providers/shared/read-provider-amount";

const read = (value: unknown, options?: Parameters<typeof readProviderAmount>[1]) => {
  const result = readProviderAmount(value, options);
  return result.ok ? { amount: result.amount.toFixed(2), rounded: result.rounded, exact: result.exact } : result.error;
};

describe("readProviderAmount", () => {
  it("reads decimal strings and JSON numbers exactly", () => {
    expect(read("499.00")).toEqual({ amount: "499.00", rounded: false, exact: "499.00" });
    expect(read(499)).toEqual({ amount: "499.00", rounded: false, exact: "499" });
    expect(read(" 12.5 ")).toEqual({ amount: "12.50", rounded: false, exact: "12.5" });
  });

  it("rounds three or more decimals and float noise half-even to cents, keeping the exact text", () => {
    expect(read("999.666")).toEqual({ amount: "999.67", rounded: true, exact: "999.666" });
    expect(read(1234.5600000000002)).toEqual({ amount: "1234.56", rounded: true, exact: "1234.5600000000002" });
    expect(read("0.125")).toMatchObject({ amount: "0.12", rounded: true });
    expect(read("0.135")).toMatchObject({ amount: "0.14", rounded: true });
    expect(read(41.6666, { source: "41.6666" })).toEqual({ amount: "41.67", rounded: true, exact: "41.6666" });
    // The raw body's literal wins over the float's shortest text.
    expect(read(1.1, { source: "1.10" })).toEqual({ amount: "1.10", rounded: false, exact: "1.10" });
  });

  it("refuses what no column can hold, and what is not an amount", () => {
    expect(read("1000000000000.00")).toBe(
      "is 1000000000000.00, more than the largest amount the desk can hold (999999999999.99)",
    );
    expect(read(1e21)).toMatch(/more than the largest amount/);
    expect(read("999999999999.994")).toMatchObject({ amount: "999999999999.99" });
    expect(read("999999999999.995")).toMatch(/more than the largest amount/);
    expect(read("1e3")).toBe('must be a decimal amount such as "499.00"');
    expect(read("12,50")).toBe('must be a decimal amount such as "499.00"');
    expect(read(Number.NaN)).toBe('must be a decimal amount such as "499.00"');
    expect(read(true)).toBe('must be a decimal amount such as "499.00"');
    expect(read("-5.00")).toBe("must not be negative");
    expect(read("-5.00", { allowNegative: true })).toMatchObject({ amount: "-5.00" });
  });
});
