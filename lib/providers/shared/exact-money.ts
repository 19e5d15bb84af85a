// Exact money, the one rule every reader of amounts follows: an amount is a plain decimal
// (a JSON number by its shortest round-trip text, never through float arithmetic), what is
// applied is cents rounded half-even, and nothing beyond what a money column holds.
import Decimal from "decimal.js";

/** Every money column is numeric(14,2): twelve digits before the point. */
export const MAX_AMOUNT = new Decimal("999999999999.99");

/** A plain decimal: an optional minus, digits, an optional fraction (no exponent, sign or separator). */
export const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** A plain decimal without a sign: what staff type. */
export const UNSIGNED_DECIMAL = /^\d+(\.\d+)?$/;

/**
 * The exact decimal text of a finite JSON number (written out in full: 1e-7 is "0.0000001")
 * or of a plain decimal string (trimmed); undefined for anything else.
 */
export function plainDecimalText(value: unknown): string | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? new Decimal(String(value)).toFixed() : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  return PLAIN_DECIMAL.test(text) ? text : undefined;
}

/** Rounded half-even to cents: what a money column holds. */
export function toCents(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN);
}

/** True when the amount (in cents) fits a money column, negative ones too. */
export function fitsMoneyColumn(cents: Decimal): boolean {
  return !cents.abs().greaterThan(MAX_AMOUNT);
}

/** True for a decimal with at most two decimal places. */
export function hasAtMostCents(text: string): boolean {
  return new Decimal(text).decimalPlaces() <= 2;
}

/** Integer cents as a two-decimal amount string: 129999n -> "1299.99". */
export function centsToAmount(cents: bigint): string {
  const sign = cents < 0n ? "-" : "";
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

/** A two-decimal amount string as integer cents ("-5.00" -> -500n); digits past the cents are dropped. */
export function amountToCents(amount: string): bigint {
  const text = amount.trim();
  const negative = text.startsWith("-");
  const [whole = "0", fraction = ""] = text.replace(/^[+-]/, "").split(".");
  const cents = BigInt(whole || "0") * 100n + BigInt((fraction + "00").slice(0, 2));
  return negative ? -cents : cents;
}
