import { describe, expect, it } from "vitest";

import { formatCount, formatCountUpTo, formatTotalUpTo } from "@/lib/format/format-count";

describe("formatCount", () => {
  it("groups thousands", () => {
    expect(formatCount(1234567)).toBe("1,234,567");
    expect(formatCount(12n)).toBe("12");
  });
});

describe("counts made up to a limit", () => {
  it("show the count, or the limit and a plus past it", () => {
    expect(formatCountUpTo(10_000, 10_000)).toBe("10,000");
    expect(formatCountUpTo(10_001, 10_000)).toBe("10,000+");
    expect(formatCountUpTo(3, Infinity)).toBe("3");
  });

  it("total to a lower bound with a plus when any count went past the limit", () => {
    expect(formatTotalUpTo([10_001, 2, 0], 10_000)).toBe("10,002+");
    expect(formatTotalUpTo([10_000, 2], 10_000)).toBe("10,002");
    expect(formatTotalUpTo([], 10_000)).toBe("0");
  });
});
