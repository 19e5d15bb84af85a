// One reader for every amount a provider sends: liberal in what it accepts (decimal
// strings, JSON numbers, float noise, more than two decimals), strict about what it
// applies (cents, rounded half-even) and about what no money column can hold.
import Decimal from "decimal.js";

import { fitsMoneyColumn, MAX_AMOUNT, plainDecimalText, toCents } from "./exact-money";

export type ProviderAmount = {
  ok: true;
  /** Rounded half-even to cents: what is applied. */
  amount: Decimal;
  /** True when the value had more than two decimal places (it is then flagged `amount-rounded`). */
  rounded: boolean;
  /** The value as the provider wrote it (the JSON number's shortest text, or the string trimmed). */
  exact: string;
};

/** Reads "<field> <error>": the error is phrased to follow a field name. */
export type ProviderAmountResult = ProviderAmount | { ok: false; error: string };

const JSON_NUMBER_TEXT = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/**
 * `value` is the parsed JSON value (string or number). When the caller has the number's
 * literal text from the raw body, pass it as `source`: it is kept as `exact` instead of
 * the float's shortest text. Negative values are refused unless `allowNegative`.
 */
export function readProviderAmount(
  value: unknown,
  options: { source?: string; allowNegative?: boolean } = {},
): ProviderAmountResult {
  const exact = exactText(value, options.source);
  if (exact === undefined) return { ok: false, error: 'must be a decimal amount such as "499.00"' };
  const decimal = new Decimal(exact);
  if (decimal.isNegative() && !decimal.isZero() && !options.allowNegative)
    return { ok: false, error: "must not be negative" };
  const amount = toCents(decimal);
  if (!fitsMoneyColumn(amount)) {
    return {
      ok: false,
      error: `is ${exact}, more than the largest amount the desk can hold (${MAX_AMOUNT.toFixed(2)})`,
    };
  }
  return { ok: true, amount, rounded: decimal.decimalPlaces() > 2, exact };
}

/** The text the amount is read from: the body's literal when it is the same number, else as plainDecimalText allows. */
function exactText(value: unknown, source: string | undefined): string | undefined {
  if (plainDecimalText(value) === undefined) return undefined;
  if (typeof value !== "number") return (value as string).trim();
  const literal = source?.trim();
  if (literal && JSON_NUMBER_TEXT.test(literal) && Number(literal) === value) return literal;
  return String(value);
}
