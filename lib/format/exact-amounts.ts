// Adds exact two-decimal amount strings ("1299.99", "-5.00") as integer cents: never a float.

export function addAmounts(amounts: readonly string[]): string {
  return centsToAmount(amounts.reduce((total, amount) => total + toCents(amount), 0n));
}

/** Integer cents as a two-decimal amount string: 129999n -> "1299.99". */
export function centsToAmount(cents: bigint): string {
  const sign = cents < 0n ? "-" : "";
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

function toCents(amount: string): bigint {
  const text = amount.trim();
  const negative = text.startsWith("-");
  const [whole = "0", fraction = ""] = text.replace(/^[+-]/, "").split(".");
  const cents = BigInt(whole || "0") * 100n + BigInt((fraction + "00").slice(0, 2));
  return negative ? -cents : cents;
}
