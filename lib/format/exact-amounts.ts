// Adds exact two-decimal amount strings ("1299.99", "-5.00") as integer cents: never a float.
import { amountToCents, centsToAmount } from "@/lib/providers/shared/exact-money";

export { centsToAmount };

export function addAmounts(amounts: readonly string[]): string {
  return centsToAmount(amounts.reduce((total, amount) => total + amountToCents(amount), 0n));
}
