import { expect, it } from "vitest";

import { formatMoney } from "@/lib/format/format-money";

it("formats exact decimal strings without going through a float", () => {
  expect(formatMoney("1299.99")).toBe("$1,299.99");
  expect(formatMoney("0")).toBe("$0.00");
  expect(formatMoney("-0.50")).toBe("-$0.50");
  expect(formatMoney("-0.00")).toBe("$0.00");
  expect(formatMoney("5")).toBe("$5.00");
  expect(formatMoney("12345678901234567.89")).toBe("$12,345,678,901,234,567.89");
  expect(formatMoney("0.1")).toBe("$0.10");
  expect(formatMoney("1.005")).toBe("$1.01"); // a float would give 1.00
  expect(formatMoney("9.995")).toBe("$10.00");
  expect(formatMoney({ toFixed: () => "42.10" })).toBe("$42.10");
});

it("uses the currency's digits and the locale's separators", () => {
  expect(formatMoney("1234.5", "EUR", "de-DE")).toBe("1.234,50\u00a0€");
  expect(formatMoney("1234.5", "JPY", "en-US")).toBe("¥1,235");
  expect(formatMoney("-1234.56", "GBP", "en-GB")).toBe("-£1,234.56");
});

it("shows a dash for no amount and leaves text that is not a decimal as it is", () => {
  expect(formatMoney(null)).toBe("—");
  expect(formatMoney("abc")).toBe("abc");
});
